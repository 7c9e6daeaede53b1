/**
 * Overlay styles, in px only (rem would follow the back office's <html> font size). The layer
 * sits at z-index 999: above the form, below antd's dropdowns (1050), popovers (1030) and
 * modals (1000), so the page's own popups cover our marks rather than the other way round.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 999; font: 13px/1.5 -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
.mark { position: fixed; box-sizing: border-box; pointer-events: none; border-bottom: 2px solid; }
.mark--high { border-bottom-color: #cf1322; background: rgba(207, 19, 34, 0.10); }
.mark--medium { border-bottom: 2px dashed #d46b08; background: rgba(212, 107, 8, 0.08); }
.mark--low { border-bottom: 2px dotted #1677ff; }
.badge { position: fixed; pointer-events: auto; display: inline-flex; gap: 6px; align-items: center; height: 20px; padding: 0 8px; border-radius: 10px; border: 1px solid #d9d9d9; background: #fff; color: #1f1f1f; font-size: 12px; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.badge:focus-visible { outline: 2px solid #1677ff; outline-offset: 1px; }
.badge--high { border-color: #cf1322; color: #a8071a; }
.badge--medium { border-color: #d46b08; color: #873800; }
.badge--ok { color: #237804; border-color: #95de64; }
.badge .over { color: #cf1322; font-weight: 600; }
.card { position: fixed; pointer-events: auto; width: 300px; max-width: calc(100vw - 16px); box-sizing: border-box; background: #fff; color: #1f1f1f; border: 1px solid #d9d9d9; border-radius: 8px; box-shadow: 0 6px 16px rgba(0,0,0,.16); padding: 10px 12px; }
.card h2 { margin: 0 0 4px; font-size: 15px; }
.card .sev { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 3px; border: 1px solid currentColor; margin-right: 6px; }
.sev--high { color: #cf1322; } .sev--medium { color: #ad4e00; } .sev--low { color: #0958d9; }
.card p { margin: 6px 0; }
.card .kind { color: #595959; font-size: 12px; }
.card .advice { color: #434343; font-size: 12px; background: #fafafa; border-left: 3px solid #d9d9d9; padding: 2px 6px; }
.card .row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.card button { font: inherit; font-size: 12px; padding: 2px 10px; border-radius: 4px; border: 1px solid #d9d9d9; background: #fff; cursor: pointer; color: #1f1f1f; }
.card button.fix { border-color: #fe3666; color: #c41d48; }
.card button:focus-visible { outline: 2px solid #1677ff; outline-offset: 1px; }
.card .nav { justify-content: space-between; color: #595959; font-size: 12px; align-items: center; }
.card a { color: #c41d48; font-size: 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
