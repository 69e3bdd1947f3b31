// Enhances finding permalinks with a "Copy link" button. Without JavaScript the buttons stay hidden
// and the plain "#id" links still work.

/** The page's canonical URL with a finding's fragment. */
function findingUrl(id: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return `${canonical ?? location.href.split('#')[0]}#${id}`;
}

/** Copies text: the Clipboard API where the page may use it, else a hidden textarea. */
async function copy(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'sr-only';
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
  const label = button.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', async () => {
    await copy(findingUrl(button.dataset.copyLink ?? ''));
    button.textContent = button.dataset.copied ?? label;
    setTimeout(() => (button.textContent = label), 2000);
  });
}
