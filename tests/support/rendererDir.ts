/** The built renderer the tests serve: out/renderer, or SALESDESK_OUT/renderer when parallel work builds into its own folder. */
export const rendererDir = `${process.env['SALESDESK_OUT'] ?? 'out'}/renderer`;
