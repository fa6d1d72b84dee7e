// The HTML report's style sheet: readable on a screen, and on A4 paper one submission per page with no
// picture cut across a page break.
#include "html_text.hpp"

namespace nominate::report::html {

std::string_view style_sheet()
{
  return R"css(
:root { --error: #b00020; --warning: #8a5a00; --pass: #1b6e20; --muted: #5f6368; --line: #d0d4d9; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif;
       margin: 0 auto; max-width: 62rem; padding: 1rem 1.5rem; color: #202124; line-height: 1.5; }
h1 { font-size: 1.6rem; margin: 0.2rem 0; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2rem; margin-top: 1.6rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.4rem; }
.meta, .muted { color: var(--muted); font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f4; font-weight: 600; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.verdict { font-weight: 700; }
.verdict.pass { color: var(--pass); }
.verdict.fail { color: var(--error); }
p.verdict { font-size: 1.2rem; margin: 0.3rem 0; }
.finding { border-left: 4px solid var(--line); padding: 0.3rem 0.7rem; margin: 0.5rem 0; break-inside: avoid; }
.finding.error { border-color: var(--error); }
.finding.warning { border-color: var(--warning); }
.finding.waived, .finding.info { border-color: var(--muted); }
.finding .place { color: var(--muted); font-size: 0.9rem; }
.finding .message { margin: 0.1rem 0; }
.finding dl { margin: 0.2rem 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.6rem; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; white-space: pre-wrap; }
details pre { white-space: pre-wrap; word-break: break-all; background: #f8f9fa; padding: 0.4rem; margin: 0.2rem 0; }
.pictures { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; border: 1px solid var(--line); padding: 0.5rem; break-inside: avoid; max-width: 100%; }
figure img { display: block; max-width: 240px; max-height: 240px; width: auto; height: auto; }
figure.video img { max-width: 320px; }
figcaption { font-size: 0.9rem; max-width: 16rem; word-break: break-all; }
figcaption table { font-size: 0.85rem; }
.placeholder { width: 170px; height: 120px; display: flex; align-items: center; justify-content: center;
               background: #f1f3f4; color: var(--muted); }
.judgement.ok { color: var(--pass); }
.judgement.error { color: var(--error); }
.judgement.warning { color: var(--warning); }
ul.manual { list-style: none; padding-left: 0.2rem; }
ul.manual li { margin: 0.2rem 0; }
ul.manual input { transform: scale(1.2); margin-right: 0.5rem; }
a { color: #1a56b0; }
.back { font-size: 0.85rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section.submission { break-before: page; }
  .back, details > summary::marker { display: none; }
  details > pre { display: block; }
  a { color: inherit; text-decoration: none; }
  tr, figure, .finding, table { break-inside: avoid; }
}
)css";
}

} // namespace nominate::report::html
