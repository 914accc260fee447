/** The report's style sheet: system fonts only, nothing loaded from elsewhere. */
export const STYLE = `
:root { --bg: #f8fafc; --card: #fff; --text: #1e293b; --muted: #64748b; --line: #e2e8f0; --error: #dc2626; --warning: #b45309; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif; }
header { background: #0f172a; color: #f8fafc; padding: 24px 32px 20px; }
header h1 { margin: 0 0 4px; font-size: 22px; font-weight: 650; }
header p { margin: 0; color: #cbd5e1; }
main { max-width: 1280px; margin: 0 auto; padding: 20px 32px 48px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 18px 22px; margin: 0 0 20px; }
h2 { margin: 0 0 12px; font-size: 17px; }
h3 { margin: 16px 0 8px; font-size: 14px; color: var(--muted); font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin-top: 16px; }
.card { background: #1e293b; border-radius: 8px; padding: 10px 14px; }
.card b { display: block; font-size: 22px; font-variant-numeric: tabular-nums; }
.card span { color: #cbd5e1; font-size: 12px; }
.row { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.row > * { min-width: 0; }
svg { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg .label { fill: var(--text); font-weight: 600; }
svg .value, svg .tick { fill: var(--muted); }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
thead th { font-size: 12px; color: var(--muted); font-weight: 600; }
.legend-row { display: flex; gap: 16px; color: var(--muted); font-size: 12px; margin: 6px 0 0; flex-wrap: wrap; }
.legend-row b { color: var(--text); font-weight: 600; }
svg.swatch { margin-right: 5px; vertical-align: -1px; }
.matrix td { min-width: 56px; }
.h0 { color: #cbd5e1; } .h1 { background: #fef3c7; } .h2 { background: #fde68a; } .h3 { background: #fdba74; } .h4 { background: #f87171; color: #fff; } .h5 { background: #b91c1c; color: #fff; }
.scroll { overflow-x: auto; }
details.list > summary { cursor: pointer; padding: 4px 0; }
details.list ul { margin: 6px 0 10px; padding-left: 20px; columns: 2 360px; }
details.list ol { margin: 6px 0 10px; padding-left: 28px; }
code, .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; overflow-wrap: anywhere; }
#filters { position: sticky; top: 0; z-index: 1; background: var(--card); display: flex; flex-wrap: wrap; gap: 10px; align-items: end; padding: 10px 0 12px; border-bottom: 1px solid var(--line); }
#filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 3px; }
#filters select, #filters input { font: inherit; padding: 5px 8px; border: 1px solid #cbd5e1; border-radius: 6px; background: #fff; color: var(--text); }
#filters input { width: 280px; }
#status { margin: 10px 0; color: var(--muted); }
details.page { border: 1px solid var(--line); border-radius: 8px; margin: 6px 0; background: #fff; }
details.page[open] { box-shadow: 0 1px 3px rgba(15, 23, 42, .08); }
details.page > summary { cursor: pointer; padding: 8px 12px; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; list-style-position: inside; }
.badge { display: inline-block; border-radius: 999px; padding: 0 8px; font-size: 12px; font-weight: 600; line-height: 20px; }
.loc { background: #dbeafe; color: #1e40af; min-width: 34px; text-align: center; }
.kind { background: #ede9fe; color: #5b21b6; }
.errors { background: #fee2e2; color: #991b1b; }
.warnings { background: #fef3c7; color: #92400e; }
.chips { color: var(--muted); font-size: 12px; margin-left: auto; }
.body { padding: 4px 12px 12px; border-top: 1px solid var(--line); }
.canon { color: var(--muted); margin: 8px 0; }
.finding { border-top: 1px dashed var(--line); padding: 10px 0; }
.finding:first-of-type { border-top: 0; }
.meta { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.sev.e { color: var(--error); } .sev.w { color: var(--warning); }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; color: #475569; background: #f1f5f9; border-radius: 4px; padding: 0 5px; }
.at { color: var(--muted); font-size: 12px; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin-top: 8px; }
.side > div { border: 1px solid var(--line); border-radius: 6px; overflow: hidden; min-width: 0; }
.side .head { background: #f1f5f9; color: var(--muted); font-size: 11.5px; padding: 3px 8px; }
.excerpt { margin: 0; padding: 6px 8px; font: 12.5px/1.45 ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; }
.excerpt .ln { display: grid; grid-template-columns: 3.2em 1fr; }
.excerpt .n { color: #94a3b8; user-select: none; }
.excerpt .t { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
.excerpt mark { background: #fde68a; border-radius: 2px; }
.change { border: 1px solid var(--line); border-radius: 6px; margin-top: 8px; overflow: hidden; }
.change .head { background: #f1f5f9; color: var(--muted); font-size: 11.5px; padding: 3px 8px; }
.diff { padding: 6px 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
.diff del { background: #fee2e2; color: #991b1b; }
.diff ins { background: #dcfce7; color: #166534; }
.inv { background: #fecaca; color: #7f1d1d; border-radius: 3px; font-size: 10px; padding: 0 2px; margin: 0 1px; }
.none { color: #94a3b8; font-style: italic; }
button.filter { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline dotted #94a3b8; text-underline-offset: 3px; }
button.filter:hover { text-decoration: underline solid; }
button.filter.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
th button.filter { font-weight: inherit; }
button#more { font: inherit; margin: 10px 0; padding: 6px 14px; border: 1px solid #cbd5e1; border-radius: 6px; background: #fff; cursor: pointer; }
.muted { color: var(--muted); }
@media (max-width: 800px) { .side { grid-template-columns: 1fr; } main { padding: 12px; } }
`;
