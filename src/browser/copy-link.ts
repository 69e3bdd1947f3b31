// Enhances finding links with a "Copy link" button that copies the address of the finding's own
// page. Without JavaScript the buttons stay hidden and the plain "#id" links still work.

/**
 * Copies a finding's link. Where the Clipboard API is not available (a page served over plain
 * HTTP) or the reader refuses it, the button says so: the "#id" link next to it is the address, to open or copy by hand.
 */
async function copyLink(button: HTMLButtonElement): Promise<string> {
  if (!navigator.clipboard || !window.isSecureContext) return button.dataset.failed ?? '';
  try {
    await navigator.clipboard.writeText(button.dataset.copyLink ?? '');
    return button.dataset.copied ?? '';
  } catch {
    // The reader (or the browser) refused access to the clipboard.
    return button.dataset.failed ?? '';
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
  const label = button.textContent ?? '';
  button.addEventListener('click', async () => {
    button.textContent = await copyLink(button);
    setTimeout(() => (button.textContent = label), 2000);
  });
}
