import { render } from 'preact';
import { Options } from '@/components/options/Options';
import '@/components/ui.css';

render(
  <main class="options">
    <h1 class="app-title">快手小店体验分助手 · 设置</h1>
    <Options />
  </main>,
  document.getElementById('app')!,
);
