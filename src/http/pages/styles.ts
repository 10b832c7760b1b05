import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The Digital Agency design tokens, then the few rules of our own. Served at /assets/app.css.
const require = createRequire(import.meta.url);
const tokens = readFileSync(require.resolve('@digital-go-jp/design-tokens/dist/tokens.css'), 'utf8');

const own = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:var(--font-family-sans),"Noto Sans CJK JP","Noto Sans JP",sans-serif;line-height:1.7;color:var(--color-neutral-solid-gray-800);background:var(--color-neutral-white);-webkit-text-size-adjust:100%}
body{margin:0;font-size:var(--font-size-16)}
a{color:var(--color-primitive-blue-900);text-underline-offset:3px}
a:hover{color:var(--color-primitive-blue-1000)}
:focus-visible{outline:4px solid var(--color-primitive-yellow-300,#ffd43d);outline-offset:2px;box-shadow:0 0 0 2px var(--color-neutral-black)}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;z-index:10;background:#fff;padding:8px}
header.site{border-bottom:1px solid var(--color-neutral-solid-gray-420);background:var(--color-neutral-white)}
header.site .bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;max-width:64rem;margin:0 auto;padding:8px 16px}
header.site .brand{font-weight:700;font-size:var(--font-size-20);color:var(--color-neutral-solid-gray-900);text-decoration:none}
nav.staff ul,nav.lang ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}
nav.staff{background:var(--color-primitive-blue-50);border-bottom:1px solid var(--color-primitive-blue-200)}
nav.staff ul{max-width:64rem;margin:0 auto;padding:8px 16px}
main{max-width:64rem;margin:0 auto;padding:16px 16px 48px}
h1{font-size:var(--font-size-28);line-height:1.4;margin:16px 0}
h2{font-size:var(--font-size-22);margin:32px 0 8px}
h3{font-size:var(--font-size-18);margin:24px 0 8px}
footer.site{border-top:1px solid var(--color-neutral-solid-gray-420);padding:16px;font-size:var(--font-size-14);text-align:center}
.field{margin:16px 0}
.field label,.field legend{display:block;font-weight:700;margin-bottom:4px}
.field .hint{font-size:var(--font-size-14);color:var(--color-neutral-solid-gray-700);margin:0 0 4px}
.field .error,.error-text{color:var(--color-semantic-error-1);font-weight:700;margin:4px 0}
input[type=text],input[type=email],input[type=password],input[type=tel],input[type=date],input[type=time],input[type=datetime-local],input[type=number],input[type=search],select,textarea{width:100%;max-width:32rem;font:inherit;padding:12px;border:1px solid var(--color-neutral-solid-gray-600);border-radius:var(--border-radius-8);background:#fff;min-height:48px}
textarea{max-width:100%;min-height:12rem}
input[aria-invalid=true],textarea[aria-invalid=true],select[aria-invalid=true]{border:2px solid var(--color-semantic-error-1)}
.checks label{display:flex;gap:8px;align-items:flex-start;font-weight:400;margin:8px 0}
.checks input{width:24px;height:24px;flex:none;margin-top:2px}
button,.button{display:inline-block;font:inherit;font-weight:700;padding:12px 24px;min-height:48px;border-radius:var(--border-radius-8);border:2px solid var(--color-primitive-blue-900);background:var(--color-primitive-blue-900);color:#fff;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:var(--color-primitive-blue-900)}
button.danger{background:var(--color-semantic-error-1);border-color:var(--color-semantic-error-1)}
button:hover,.button:hover{background:var(--color-primitive-blue-1000);color:#fff}
button.secondary:hover,.button.secondary:hover{background:var(--color-primitive-blue-50);color:var(--color-primitive-blue-1000)}
.notice{border-left:6px solid var(--color-primitive-blue-900);background:var(--color-primitive-blue-50);padding:12px 16px;margin:16px 0}
.notice.warn{border-color:var(--color-semantic-warning-orange-1,#c16800);background:#fff6e5}
.notice.error,.error-summary{border:3px solid var(--color-semantic-error-1);border-left-width:6px;background:#fdeeee;padding:12px 16px;margin:16px 0}
.notice.ok{border-color:var(--color-semantic-success-1);background:#e6f5ec}
table{border-collapse:collapse;width:100%;margin:16px 0}
th,td{border:1px solid var(--color-neutral-solid-gray-420);padding:8px;text-align:left;vertical-align:top}
th{background:var(--color-neutral-solid-gray-50)}
.table-wrap{overflow-x:auto}
.muted{color:var(--color-neutral-solid-gray-700)}
.actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:16px 0}
.inline{display:inline}
ul.plain{list-style:none;padding:0}
.slots{display:grid;grid-template-columns:repeat(auto-fill,minmax(7rem,1fr));gap:8px;list-style:none;padding:0}
.slots button,.slots a{width:100%;text-align:center}
.policy-text{white-space:pre-wrap;line-height:1.9}
ins{background:#dff5e3;text-decoration:underline}del{background:#fbe3e3}
@media print{header.site,nav,footer.site,.actions,.no-print{display:none}main{max-width:none}}
`;

export const appCss = `${tokens}\n${own}`;
