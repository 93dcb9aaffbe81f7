/// The report page's style sheet. A highlight is never told by colour alone: the selected
/// entity gets a thick solid outline, search matches a thick dashed one, everything else fades.
enum ReportStyle {
    /// The CSS, inlined into the page.
    static let css = #"""
    body { font-family: "DejaVu Sans", sans-serif; margin: 0 auto; padding: 0 1rem 2rem; max-width: 70rem; color: #222; background: #fff; }
    table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
    th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
    th { background: #f2f2f2; }
    figure { margin: 0.5rem 0 1.5rem; }
    figure.diagram svg { max-width: 100%; height: auto; max-height: 80vh; display: block; margin: 0 auto; }
    .lead { font-size: 1.1rem; }
    :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
    .cg-bar { position: sticky; top: 0; z-index: 10; background: #fff; border-bottom: 1px solid #bbb; padding: 0.4rem 0; font-size: 0.9rem; box-shadow: 0 2px 4px rgba(0,0,0,.06); }
    .cg-row { display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; align-items: center; margin-bottom: 0.3rem; }
    .cg-search { position: relative; display: flex; gap: 0.4rem; align-items: center; }
    .cg-search label, .cg-year { font-weight: bold; }
    .cg-search input { font: inherit; width: 19rem; padding: 0.3rem 0.5rem; border: 2px solid #555; border-radius: 4px; }
    .cg-status { color: #444; min-width: 6rem; }
    .cg-results { position: absolute; top: 100%; left: 3.5rem; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid #555; border-radius: 4px; box-shadow: 0 3px 10px rgba(0,0,0,.2); min-width: 17rem; z-index: 11; }
    .cg-results button { display: block; width: 100%; text-align: left; font: inherit; background: none; border: 0; padding: 0.3rem 0.6rem; cursor: pointer; }
    .cg-results button:hover, .cg-results button:focus { background: #e8eef8; }
    .cg-results small, .cg-panel small { color: #555; }
    .cg-kinds { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.1rem 0.7rem; align-items: center; font-size: 0.85rem; }
    .cg-kinds legend { float: left; font-weight: bold; margin-right: 0.2rem; padding: 0; }
    .cg-kinds label, .cg-year { display: inline-flex; gap: 0.25rem; align-items: center; white-space: nowrap; }
    .cg-bar select, .cg-bar button, .cg-zoom button { font: inherit; }
    .cg-viewport { position: relative; border: 1px solid #ccc; border-radius: 4px; overflow: hidden; touch-action: none; cursor: grab; }
    .cg-viewport.cg-dragging { cursor: grabbing; }
    .cg-zoom { position: absolute; top: 0.4rem; right: 0.4rem; display: flex; gap: 0.2rem; z-index: 2; }
    .cg-zoom button { min-width: 2rem; min-height: 2rem; border: 1px solid #555; border-radius: 4px; background: #fff; cursor: pointer; }
    .cg-hint { position: absolute; left: 50%; bottom: 0.5rem; transform: translateX(-50%); background: rgba(0,0,0,.75); color: #fff; padding: 0.3rem 0.7rem; border-radius: 4px; font-size: 0.85rem; pointer-events: none; }
    g.entity { cursor: pointer; }
    g.entity:focus { outline: none; }
    g.entity:focus-visible polygon, g.entity:focus-visible ellipse, g.entity:focus-visible path { stroke: #1a5fb4; stroke-width: 4px; }
    .cg-hidden { display: none; }
    svg.cg-focusing g.node:not(.cg-sel):not(.cg-nb), svg.cg-focusing g.edge:not(.cg-lk) { opacity: 0.18; }
    g.cg-sel polygon, g.cg-sel ellipse, g.cg-sel path { stroke: #000; stroke-width: 5px; }
    g.cg-sel text { font-weight: bold; }
    g.cg-nb polygon, g.cg-nb ellipse, g.cg-nb path { stroke-width: 2.5px; }
    g.cg-lk path { stroke-width: 3.5px; }
    g.cg-match polygon, g.cg-match ellipse, g.cg-match path { stroke: #c01c28; stroke-width: 4px; stroke-dasharray: 7 3; }
    g.cg-best polygon, g.cg-best ellipse, g.cg-best path { stroke-width: 6px; }
    .cg-panel { position: fixed; right: 1rem; bottom: 1rem; width: min(25rem, calc(100vw - 2rem)); max-height: 65vh; overflow: auto; background: #fff; border: 2px solid #333; border-radius: 6px; box-shadow: 0 4px 18px rgba(0,0,0,.25); padding: 0.6rem 1rem 1rem; z-index: 12; font-size: 0.92rem; }
    .cg-panel h2 { margin: 0.2rem 2rem 0.5rem 0; font-size: 1.2rem; }
    .cg-panel h3 { margin: 0.8rem 0 0.3rem; font-size: 1rem; }
    .cg-panel dl { display: grid; grid-template-columns: auto 1fr; gap: 0.2rem 0.8rem; margin: 0; }
    .cg-panel dt { font-weight: bold; }
    .cg-panel dd { margin: 0; }
    .cg-panel ul { margin: 0; padding-left: 1.1rem; }
    .cg-panel li { margin: 0.15rem 0; }
    .cg-panel .cg-goto { font: inherit; background: none; border: 0; padding: 0; color: #1a5fb4; text-decoration: underline; cursor: pointer; }
    .cg-close { position: absolute; top: 0.4rem; right: 0.4rem; font: inherit; font-size: 1.2rem; width: 2rem; height: 2rem; border: 1px solid #555; border-radius: 4px; background: #fff; cursor: pointer; }
    th .cg-sort { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
    th .cg-sort::after { content: " ↕"; color: #777; }
    th[aria-sort="ascending"] .cg-sort::after { content: " ▲"; color: #222; }
    th[aria-sort="descending"] .cg-sort::after { content: " ▼"; color: #222; }
    .cg-rows { margin: -1rem 0 1.5rem; font-size: 0.85rem; color: #444; }
    .cg-tip { position: fixed; z-index: 13; background: #222; color: #fff; padding: 0.25rem 0.5rem; border-radius: 4px; font-size: 0.85rem; pointer-events: none; }
    """#
}
