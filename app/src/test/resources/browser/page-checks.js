// What an officer would see as a defect on the page as it is now, as a list of short findings.
// Run by EveryPageTests through Playwright's page.evaluate; `language` is the page's language.
(language) => {
  const findings = [];
  const visible = el => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const describe = el => {
    const text = (el.innerText || '').replace(/\s+/g, ' ').trim();
    return el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') +
        ' "' + text.slice(0, 60) + '"';
  };

  // Content wider than its box: cells and cards whose text is cut off or drawn outside.
  for (const el of document.querySelectorAll('main td, main th, main .card, main dd, main dt, nav.sidebar a, header a, header button')) {
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
    if (el.scrollWidth > el.clientWidth + 1) findings.push('overflows its box: ' + describe(el));
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) {
    findings.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in ' + window.innerWidth);
  }

  // Visible text, without what is data by declaration (translate="no"), code and form values. The templates mark
  // as data, with translate="no", what officers typed or registered and is shown as entered (titles, notes, names
  // of agencies, committees and people, audit details as recorded); every other word comes from the bundles.
  const skip = el => el.closest('[translate="no"], code, kbd, samp, pre, script, style, textarea, select, [aria-hidden="true"]');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || skip(parent) || !visible(parent)) continue;
    const text = node.textContent.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  for (const text of texts) {
    if (/\b[A-Z]{2,}_[A-Z_]{2,}\b/.test(text)) findings.push('raw code: "' + text.slice(0, 80) + '"');
    if (/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) findings.push('ISO timestamp: "' + text.slice(0, 80) + '"');
    // A sentence in Latin script on a Khmer or Lao page: three words in a row, the last two in lower case
    // (names and codes are capitalised or upper case; "of", "the", "and" give English away).
    if ((language === 'km' || language === 'lo') && /\b[A-Za-z][a-z]+[ ,]+[a-z]{2,}[ ,]+[a-z]{2,}\b/.test(text)) {
      findings.push('English on a ' + language + ' page: "' + text.slice(0, 80) + '"');
    }
  }
  return findings;
}
