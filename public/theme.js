// The colour theme. Loaded as a classic script in <head>, so it runs before the first paint: a
// reader who picked a theme never sees the other one flash. Without a stored choice, CSS follows the
// system (prefers-color-scheme, see src/styles/global.css). A file, not inline code: the Content-Security-Policy forbids
// inline scripts.
(() => {
  const KEY = 'casebook-theme';
  const root = document.documentElement;

  /** @param {string | null} choice */
  const apply = (choice) => {
    if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
    else delete root.dataset.theme;
  };

  /** Storage can be blocked (private modes, strict settings): the theme then lasts one page. */
  const storage = {
    get: () => {
      try {
        return localStorage.getItem(KEY);
      } catch {
        return null;
      }
    },
    /** @param {string} choice */
    set: (choice) => {
      try {
        if (choice === 'light' || choice === 'dark') localStorage.setItem(KEY, choice);
        else localStorage.removeItem(KEY);
      } catch {
        /* the choice still applies to this page */
      }
    },
  };

  apply(storage.get());
  // Scripts run: CSS shows what needs them (theme menu, Copy link, search form) from the first
  // paint, instead of revealing it later and shifting the layout.
  root.dataset.js = '';

  document.addEventListener('DOMContentLoaded', () => {
    const picker = document.querySelector('[data-theme-picker]');
    const select = picker?.querySelector('select');
    if (!picker || !select) return;
    select.value = root.dataset.theme ?? 'system';
    select.addEventListener('change', () => {
      storage.set(select.value);
      apply(select.value);
    });
  });
})();
