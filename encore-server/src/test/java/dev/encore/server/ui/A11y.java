package dev.encore.server.ui;

import com.microsoft.playwright.Page;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automated accessibility and phone-width checks run inside the page: nothing sticks out past the viewport (content
 * inside a horizontally scrolling container may), every control has an accessible name, every landmark the layout
 * promises is there, and text meets WCAG AA contrast (4.5:1, 3:1 for large text) against its solid background.
 */
final class A11y {
    private A11y() {}

    private static final String OVERFLOW = """
            () => {
              const width = document.documentElement.clientWidth, out = [];
              const clipped = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || getComputedStyle(el).position === 'absolute') continue;
                if (r.right > width + 1 && !clipped(el)) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + el.className + ' right=' + Math.round(r.right));
              }
              if (document.documentElement.scrollWidth > width) out.push('page scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width);
              return out;
            }""";

    private static final String UNNAMED = """
            () => {
              const out = [];
              const named = el => {
                if ((el.getAttribute('aria-label') || '').trim()) return true;
                const by = el.getAttribute('aria-labelledby');
                if (by && by.split(/\\s+/).some(id => (document.getElementById(id)?.textContent || '').trim())) return true;
                if (el.labels && [...el.labels].some(l => l.textContent.trim())) return true;
                if ((el.getAttribute('title') || '').trim()) return true;
                if (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type) && el.value.trim()) return true;
                if (el.tagName !== 'INPUT' && el.tagName !== 'SELECT' && el.tagName !== 'TEXTAREA' && el.textContent.trim()) return true;
                return false;
              };
              for (const el of document.querySelectorAll('button, input:not([type=hidden]), select, textarea, a[href]:not([aria-hidden=true])'))
                if (!named(el)) out.push(el.outerHTML.slice(0, 120));
              if (!document.querySelector('main')) out.push('no <main> landmark');
              if (!document.querySelector('header')) out.push('no <header> landmark');
              if (document.querySelectorAll('h1').length !== 1) out.push(document.querySelectorAll('h1').length + ' h1 elements');
              if (!document.documentElement.lang) out.push('no lang on <html>');
              return out;
            }""";

    private static final String CONTRAST = """
            () => {
              const rgb = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
                return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
              const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
              const background = el => { for (let p = el; p; p = p.parentElement) { const s = getComputedStyle(p);
                  if (s.backgroundImage !== 'none') return null;   // gradients (covers): not measurable here
                  const c = rgb(s.backgroundColor); if (c && c.a >= 0.99) return c; }
                return rgb(getComputedStyle(document.documentElement).backgroundColor); };
              const out = [];
              for (const el of document.body.querySelectorAll('*')) {
                if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
                const r = el.getBoundingClientRect(), s = getComputedStyle(el);
                if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || r.right < 0) continue;
                const fg = rgb(s.color), bg = background(el);
                if (!fg || !bg) continue;
                const l1 = lum(fg), l2 = lum(bg), ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                const size = parseFloat(s.fontSize), large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
                if (ratio < (large ? 3 : 4.5)) out.push(el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
              }
              return out;
            }""";

    /** Asserts the page passes all three checks, listing every offender on failure. */
    @SuppressWarnings("unchecked")
    static void check(Page page) {
        assertThat((List<String>) page.evaluate(UNNAMED)).as("controls without an accessible name, missing landmarks on " + page.url()).isEmpty();
        assertThat((List<String>) page.evaluate(CONTRAST)).as("text below WCAG AA contrast on " + page.url()).isEmpty();
        assertThat((List<String>) page.evaluate(OVERFLOW)).as("elements wider than the viewport on " + page.url()).isEmpty();
    }
}
