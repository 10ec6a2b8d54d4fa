// The report's one stylesheet (inline: the page's CSP allows nothing else). Light and dark by
// prefers-color-scheme, stacked tables on a phone and on paper, print rules that fold nothing.
//
// Words never break mid-word: body has overflow-wrap:break-word, which breaks only a token longer
// than its whole line and leaves min-content sizes alone (overflow-wrap:anywhere on body made
// table headers "Categ ory"). Only code and links, where page-derived tokens and URLs live, may
// break anywhere. Tables are table-layout:fixed, so a hostile token cannot widen the page.
export const CSS = `
:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--card:#f6f8fa;--line:#d0d7de;--link:#0550ae;--warn:#fff8c5;--warn-line:#9a6700;--fail:#b42318;--pass:#1a7f37}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9ea7b3;--bg:#0d1117;--card:#161b22;--line:#3d444d;--link:#79c0ff;--warn:#3b2f00;--warn-line:#d29922;--fail:#ff9492;--pass:#56d364}}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
main{max-width:62rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.3rem 0}
h2{font-size:1.25rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.4rem 0 .5rem}
section+section{margin-top:3rem;border-top:3px double var(--line)}
a{color:var(--link)}
a,code{overflow-wrap:anywhere}
code{font:.92em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.meta,.note{color:var(--muted)}
.notice{background:var(--warn);border-left:4px solid var(--warn-line);padding:.5rem 1rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
.card{border:1px solid var(--line);border-radius:8px;padding:.7rem 1rem;background:var(--card);break-inside:avoid}
.card p{margin:.2rem 0}.role{font-weight:700;text-transform:uppercase;font-size:.85rem;letter-spacing:.04em}.way{font-size:1.1rem}
ol.path{display:inline;padding:0;margin:0;list-style:none}ol.path li{display:inline}ol.path li+li::before{content:" → "}
.scores{display:flex;flex-wrap:wrap;gap:1rem}
.score{flex:1 1 9rem;border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;background:var(--card);break-inside:avoid}
.score b{display:block;font-size:2rem;line-height:1.2}
.grade{display:inline-block;color:#fff;border-radius:6px;padding:0 .5rem;font-weight:700;font-size:1rem;vertical-align:middle}
.bar{height:6px;background:var(--line);border-radius:3px;margin-top:.3rem}.bar i{display:block;height:6px;border-radius:3px}
ul.reasons{padding-left:1.2rem}ul.reasons>li{margin:.7rem 0;break-inside:avoid}
details{margin:.3rem 0}summary{cursor:pointer;color:var(--link)}details ul{margin:.3rem 0}
table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--card)}.num{text-align:right}.w-xs{width:5.5rem}.w-s{width:8.5rem}
.fail{color:var(--fail);font-weight:600}.pass{color:var(--pass)}
@media (max-width:40rem),print{
table,thead,tbody,tr,th,td{display:block;width:auto}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
tr{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.3rem .6rem;break-inside:avoid}
td{border:0;padding:.1rem 0}td.num{text-align:left}td::before{content:attr(data-label) ": ";font-weight:600}
}
@media print{
:root{--fg:#000;--muted:#333;--bg:#fff;--card:#fff;--line:#888;--link:#000;--warn:#fff;--fail:#000;--pass:#000}
body{font-size:11pt}main{max-width:none;padding:0}
details::details-content{content-visibility:visible;display:block}
summary{list-style:none;font-weight:600;color:var(--fg)}summary::-webkit-details-marker{display:none}details.fold>summary{display:none}
h2,h3{break-after:avoid}.bar{display:none}
.grade{color:#000;border:1px solid #000}
ol.path a::after{content:" (" attr(href) ")";font-size:.85em}
}
`;
