/**
 * 分享本页 on the search page, the one page that runs script: the address shown becomes the one in the
 * address bar (with the query, so a result list can be shared), the QR code (of /search/ only, made at
 * build time) steps aside while a query is shown, and a button copies the address. Content pages have
 * the same block without this script: the address to long-press and the QR code.
 */
const share = document.querySelector<HTMLElement>('.share');
const shown = share?.querySelector<HTMLElement>('[data-share-url]');
const button = share?.querySelector<HTMLButtonElement>('[data-copy]');
const copyStatus = share?.querySelector<HTMLElement>('[data-copy-status]');
const qr = share?.querySelector<SVGElement>('.qr');

function update() {
  if (!shown) return;
  shown.textContent = decodeURI(location.href);
  if (qr) qr.style.display = new URLSearchParams(location.search).get('q') ? 'none' : '';
}

/** Copy with the Clipboard API where the browser allows it, else by selecting the address (older WebViews). */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!shown) return false;
    const range = document.createRange();
    range.selectNodeContents(shown);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  }
}

if (button && copyStatus) {
  button.hidden = false;
  button.addEventListener('click', () => {
    void copy(location.href).then((ok) => {
      copyStatus.textContent = (ok ? button.dataset.copied : button.dataset.failed) ?? '';
    });
  });
}
update();
// The search script changes the address with each new query (history.pushState) and on Back.
addEventListener('popstate', update);
document.querySelector('form[role=search]')?.addEventListener('submit', () => setTimeout(update));
