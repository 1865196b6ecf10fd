// @ts-check
/*
 * All the JavaScript a reader page needs: theme switch, today's date, copy link, the Most read
 * view beacon, the comment form and moving it under a comment to reply. No dependencies, no
 * build: reader pages ship without Next's scripts, and their HTML works without this file too.
 * Events are caught on the document and new content is enhanced as it appears, so it also holds
 * while Next's client router swaps pages.
 */
(() => {
  const THEME_KEY = "gazette-theme"; // lib/theme.ts
  const dateFormat = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  /** @type {WeakMap<Element, string>} */
  const counted = new WeakMap();
  /** @param {string} selector */
  const all = (selector) => document.querySelectorAll(selector);

  const readTheme = () => {
    try {
      const stored = localStorage.getItem(THEME_KEY);
      return stored === "light" || stored === "dark" ? stored : "system";
    } catch {
      return "system"; // Storage blocked: the system setting still applies.
    }
  };

  /** As the inline head script in app/layout.tsx does. @param {string} choice */
  const applyTheme = (choice) => {
    const dark =
      choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.dataset.theme = dark ? "dark" : "light";
  };

  /** @param {string} choice */
  const chooseTheme = (choice) => {
    try {
      if (choice === "system") localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Not remembered, but this page still switches.
    }
    applyTheme(choice);
    markTheme();
  };

  const markTheme = () => {
    const choice = readTheme();
    all("[data-theme-choice]").forEach((b) =>
      b.setAttribute("aria-pressed", String(b.getAttribute("data-theme-choice") === choice)),
    );
    all("[data-theme-switch]").forEach((group) => group.classList.remove("invisible"));
  };

  /** @param {Element} box */
  const copyLink = (box) => {
    const url = box.getAttribute("data-copy-link") || location.href;
    /** @param {string} text */
    const say = (text) => {
      const status = box.querySelector("[data-copy-status]");
      if (status) status.textContent = text;
    };
    // Refused (permission, no focus): the address is in the message, to copy by hand.
    navigator.clipboard.writeText(url).then(
      () => say("Link copied"),
      () => say(`Could not copy. The address is ${url}`),
    );
  };

  /**
   * One anonymous view per page view for Most read: the slug, nothing else. Readers who ask not
   * to be tracked (Do Not Track, Global Privacy Control) are not counted.
   * @param {Element} article
   */
  const countView = (article) => {
    const slug = article.getAttribute("data-view-slug");
    if (!slug || counted.get(article) === slug) return;
    counted.set(article, slug);
    const nav = /** @type {Navigator & { globalPrivacyControl?: boolean }} */ (navigator);
    if (nav.doNotTrack === "1" || nav.globalPrivacyControl === true) return;
    if (typeof nav.sendBeacon === "function") nav.sendBeacon("/api/views", slug);
  };

  /** Idempotent: changes only what is still missing, so its own changes settle at once. */
  const enhance = () => {
    all("[data-today]:empty").forEach((slot) => {
      const now = new Date();
      const time = document.createElement("time");
      time.dateTime = now.toISOString().slice(0, 10);
      time.textContent = dateFormat.format(now);
      slot.append(time);
    });
    markTheme();
    if (typeof navigator.clipboard?.writeText === "function") {
      all("[data-copy-link] [hidden]").forEach((el) => el.removeAttribute("hidden"));
      all("[data-copy-fallback]").forEach((el) => el.setAttribute("hidden", ""));
    }
    all("[data-view-slug]").forEach(countView);
  };

  /**
   * The article's one comment form, moved under the comment being answered as WordPress's
   * comment-reply.js does: every comment carries only a Reply link (to the reply page, for readers
   * without JavaScript) instead of a form of its own. A hidden marker keeps the form's place.
   */
  const reply = {
    /** @type {HTMLElement | null} The Reply link that moved the form, where Cancel returns focus. */
    opener: null,
    /** The pieces of the movable form, or null when the page has none. */
    parts() {
      const box = document.getElementById("comment-form");
      const form = box?.querySelector("form[data-comment-form]");
      const cancel = form?.querySelector("[data-cancel-reply]");
      if (!box || !(form instanceof HTMLFormElement) || !(cancel instanceof HTMLButtonElement)) return null;
      const heading = document.getElementById(form.getAttribute("aria-labelledby") || "");
      const button = form.querySelector("button[type=submit]");
      const parent = form.elements.namedItem("parentId");
      const region = form.querySelector("[data-form-message]");
      if (
        !heading ||
        !(button instanceof HTMLButtonElement) ||
        !(parent instanceof HTMLInputElement) ||
        !region
      )
        return null;
      // What the page rendered, kept for putting the form back.
      heading.dataset.defaultText ??= heading.textContent || "";
      button.dataset.defaultLabel ??= button.textContent || "";
      return { box, form, cancel, heading, button, parent, region };
    },

    /** @param {HTMLElement} link @returns {boolean} whether the form moved (else the link is followed) */
    start(link) {
      const parts = reply.parts();
      const comment = link.closest("article");
      const id = link.dataset.replyTo;
      if (!parts || !comment || !id) return false;
      const { box, form, cancel, heading, button, parent, region } = parts;
      if (form.hasAttribute("data-busy")) return true;
      if (!document.querySelector("[data-comment-form-home]")) {
        const home = document.createElement("div");
        home.hidden = true;
        home.setAttribute("data-comment-form-home", "");
        box.before(home);
      }
      parent.value = id;
      heading.textContent = `Reply to ${link.dataset.replyName || "this comment"}`;
      button.textContent = "Post reply";
      cancel.hidden = false;
      region.replaceChildren();
      box.toggleAttribute("data-replying", true);
      comment.after(box);
      reply.opener = link;
      heading.focus();
      return true;
    },

    /** Puts the form back at the end of the thread as a new comment. @param {"opener" | "heading"} focus */
    end(focus) {
      const parts = reply.parts();
      const home = document.querySelector("[data-comment-form-home]");
      if (!parts || !home || !parts.box.hasAttribute("data-replying")) return;
      const { box, cancel, heading, button, parent, region } = parts;
      parent.value = "";
      heading.textContent = heading.dataset.defaultText || "";
      button.textContent = button.dataset.defaultLabel || "";
      cancel.hidden = true;
      region.replaceChildren();
      box.toggleAttribute("data-replying", false);
      home.after(box);
      const opener = reply.opener;
      reply.opener = null;
      // Moving the form took focus with it: give it back where the reader expects it.
      if (focus === "opener" && opener?.isConnected) opener.focus();
      else heading.focus();
    },
  };

  /**
   * @param {string} className
   * @param {string} text
   */
  const line = (className, text) => {
    const p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  };

  /**
   * Posts with fetch and shows the JSON answer as components/ui/field.tsx and form-message.tsx
   * render state: errors under their inputs, the outcome in the message region.
   * @param {HTMLFormElement} form
   */
  const postComment = async (form) => {
    const button = /** @type {HTMLButtonElement} */ (form.querySelector("button[type=submit]"));
    const label = button.textContent;
    const region = /** @type {HTMLElement} */ (form.querySelector("[data-form-message]"));
    form.toggleAttribute("data-busy", true);
    button.disabled = true;
    button.textContent = button.dataset.pendingLabel || label;
    region.replaceChildren();
    /** @type {{ ok: boolean, message?: string, fieldErrors?: Record<string, string[] | undefined> }} */
    let result;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
      });
      result = await response.json();
    } catch {
      result = { ok: false, message: "Your comment could not be sent. Check your connection and try again." };
    }
    form.toggleAttribute("data-busy", false);
    button.disabled = false;
    button.textContent = label;

    const errors = { ...result.fieldErrors };
    form.querySelectorAll("input[aria-describedby], textarea[aria-describedby]").forEach((el) => {
      const control = /** @type {HTMLInputElement} */ (el);
      const list = errors[control.name] || [];
      delete errors[control.name];
      if (list.length) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
      document
        .getElementById(`${control.id}-error`)
        ?.replaceChildren(...list.map((e) => line("mt-1 text-sm text-red-700 dark:text-red-300", e)));
    });
    // A reply is sent: the form goes back to take a new comment, and says so there.
    if (result.ok && form.closest("[data-replying]")) reply.end("heading");
    if (result.message) {
      // Errors of fields the form does not show (a tampered hidden value) join the message.
      const text = [result.message, ...Object.values(errors).flat()].join(" ");
      const tone = result.ok
        ? "border-green-700 bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100"
        : "border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100";
      const p = line(`rounded border px-3 py-2 text-sm ${tone}`, text);
      p.setAttribute("role", "status");
      region.append(p);
      p.scrollIntoView({ block: "nearest" });
    }
    if (result.ok) form.reset();
  };

  document.addEventListener("click", (event) => {
    const target = /** @type {Element} */ (event.target);
    const choice = target.closest?.("[data-theme-choice]");
    if (choice) chooseTheme(choice.getAttribute("data-theme-choice") || "system");
    const box = target.closest?.("[data-copy-button]")?.closest("[data-copy-link]");
    if (box) copyLink(box);
    // A plain click only: Ctrl, Shift or Cmd opens the reply page in a new tab or window as usual.
    const replyLink = target.closest?.("a[data-reply-to]");
    const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (replyLink instanceof HTMLElement && plain && reply.start(replyLink)) event.preventDefault();
    const cancel = target.closest?.("[data-cancel-reply]");
    if (cancel && !cancel.closest("form")?.hasAttribute("data-busy")) reply.end("opener");
  });

  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-comment-form")) return;
    event.preventDefault();
    if (!form.hasAttribute("data-busy")) postComment(form);
  });

  // Another tab chose a theme: the head script applies it; the buttons follow here.
  addEventListener("storage", (event) => event.key === THEME_KEY && markTheme());
  // A page whose head script never ran (an error shell) still gets the stored theme.
  if (!document.documentElement.dataset.theme) applyTheme(readTheme());

  new MutationObserver(enhance).observe(document.body, {
    childList: true,
    subtree: true,
    attributeFilter: ["data-view-slug"],
  });
  enhance();
})();
