/**
 * ECharts puts a function formatter's result into the tooltip as HTML (its default tooltips and
 * string templates escape; our own formatters must). Every text that reaches such a formatter goes
 * through here: names come from users, and a zone admin's task-force name must not run in a
 * leader's session.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Lines of plain text as tooltip HTML: each escaped, `<br/>` the only markup added. */
export const htmlLines = (lines: readonly string[]): string => lines.map(escapeHtml).join('<br/>');
