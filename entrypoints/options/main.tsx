import { render } from 'preact';
import { Options } from '@/components/options/Options';
import '@/components/ui.css';

render(
  <main class="options">
    <Options />
  </main>,
  document.getElementById('app')!,
);
