// Enhances finding permalinks with a "Copy link" button. Without JavaScript the buttons stay hidden
// and the plain "#id" links still work.

/** The page's canonical URL with a finding's fragment. */
function findingUrl(id: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return `${canonical ?? location.href.split('#')[0]}#${id}`;
}

/**
 * Copies a finding's link. Where the Clipboard API is not available (a page served over plain
 * HTTP), it puts the link in the address bar instead and says so.
 */
async function copyLink(button: HTMLButtonElement): Promise<string> {
  const id = button.dataset.copyLink ?? '';
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(findingUrl(id));
    return button.dataset.copied ?? '';
  }
  history.replaceState(null, '', `#${id}`);
  return button.dataset.inAddressBar ?? '';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
  const label = button.textContent ?? '';
  button.addEventListener('click', async () => {
    button.textContent = await copyLink(button);
    setTimeout(() => (button.textContent = label), 2000);
  });
}
