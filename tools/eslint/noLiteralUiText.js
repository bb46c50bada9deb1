// ESLint rule: UI text in the renderer comes from i18n resources, never from literals in components.
const hasLetters = /\p{L}/u;
const hasCjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;
const textAttributes = new Set(['title', 'placeholder', 'alt', 'aria-label']);

export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow hard-coded UI text in the renderer; use t() from react-i18next.' },
    schema: [],
    messages: {
      jsxText: 'Hard-coded UI text "{{text}}": put it in shared/i18n and use t().',
      cjk: 'Chinese text "{{text}}" in code: put it in shared/i18n and use t().',
    },
  },
  create(context) {
    const report = (node, messageId, text) => context.report({ node, messageId, data: { text: text.trim().slice(0, 30) } });
    return {
      JSXText(node) {
        if (hasLetters.test(node.value)) report(node, 'jsxText', node.value);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (textAttributes.has(name) && node.value?.type === 'Literal' && hasLetters.test(String(node.value.value))) {
          report(node, 'jsxText', String(node.value.value));
        }
      },
      Literal(node) {
        if (typeof node.value === 'string' && hasCjk.test(node.value)) report(node, 'cjk', node.value);
      },
      TemplateElement(node) {
        if (hasCjk.test(node.value.cooked ?? '')) report(node, 'cjk', node.value.cooked ?? '');
      },
    };
  },
};
