// @ts-check
/*
 * All the JavaScript a reader page needs: theme switch, today's date, copy link, the Most read
 * view beacon, the comment form and moving it under a comment to reply, reporting a comment in
 * place, loading more comments, and marking the reader's own comments awaiting moderation. No dependencies, no
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
    all("[data-comments-for]").forEach((section) => own.show(section));
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
    const data = new FormData(form);
    /** @type {{ ok: boolean, message?: string, fieldErrors?: Record<string, string[] | undefined>, status?: string, statusUrl?: string }} */
    let result;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: data,
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
      if (result.ok && typeof result.statusUrl === "string") own.remember(data, result.statusUrl, p);
      p.scrollIntoView({ block: "nearest" });
    }
    if (result.ok) form.reset();
  };

  /**
   * A tone box as components/ui/form-message.tsx renders one.
   * @param {boolean} ok
   * @param {string} text
   */
  const outcome = (ok, text) => {
    const tone = ok
      ? "border-green-700 bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100"
      : "border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100";
    const p = line(`rounded border px-3 py-2 text-sm ${tone}`, text);
    p.setAttribute("role", "status");
    return p;
  };

  /**
   * The reader's own comments, kept in this browser only: after posting, the private status link
   * (from /api/comments) is stored with the text, and the article then shows those still awaiting
   * moderation at the top of its thread, as text, marked. Nothing is shown to anyone else.
   */
  /** @typedef {{ articlePath: string, token: string, name: string, body: string, time: string }} OwnComment */
  const own = {
    KEY: "gazette-own-comments",
    MAX_AGE_MS: 30 * 86_400_000,
    /** @returns {OwnComment[]} */
    read() {
      try {
        const list = JSON.parse(localStorage.getItem(own.KEY) || "[]");
        if (!Array.isArray(list)) return [];
        const now = Date.now();
        return list.filter(
          (/** @type {any} */ e) =>
            e &&
            typeof e.articlePath === "string" &&
            typeof e.token === "string" &&
            typeof e.name === "string" &&
            typeof e.body === "string" &&
            typeof e.time === "string" &&
            now - Date.parse(e.time) < own.MAX_AGE_MS,
        );
      } catch {
        return [];
      }
    },
    /** @param {OwnComment[]} list */
    write(list) {
      try {
        localStorage.setItem(own.KEY, JSON.stringify(list.slice(-20)));
      } catch {
        // Storage blocked: the status link in the message still works.
      }
    },
    /** @param {string} statusUrl @returns {string | null} */
    tokenOf(statusUrl) {
      try {
        const match = /^\/comments\/status\/([A-Za-z0-9_-]{16,128})\/?$/.exec(
          new URL(statusUrl, location.href).pathname,
        );
        return match ? match[1] || null : null;
      } catch {
        return null;
      }
    },
    /**
     * After a successful post: the private link below the message, and the comment remembered.
     * @param {FormData} data @param {string} statusUrl @param {HTMLElement} message
     */
    remember(data, statusUrl, message) {
      const token = own.tokenOf(statusUrl);
      if (!token) return;
      const href = new URL(statusUrl, location.href).href;
      // Beside the status line, not in it: the outcome is announced on its own.
      const keep = line("mt-2 text-sm", "Keep this private link to follow your comment: ");
      const link = document.createElement("a");
      link.href = href;
      link.className = "font-semibold underline break-all";
      link.textContent = href;
      keep.append(link);
      message.after(keep);
      const field = (/** @type {string} */ name) => String(data.get(name) || "");
      const articlePath = field("returnTo");
      own.write([
        ...own.read().filter((e) => e.token !== token),
        {
          articlePath,
          token,
          name: field("name").trim(),
          body: field("body").trim(),
          time: new Date().toISOString(),
        },
      ]);
      all(`[data-comments-for="${CSS.escape(articlePath)}"]`).forEach((section) => own.show(section, true));
    },
    /**
     * Marks this thread's own comments still awaiting moderation; forgets those decided or gone.
     * @param {Element} section @param {boolean} [again]
     */
    async show(section, again = false) {
      const slot = section.querySelector("[data-own-pending]");
      if (!slot || (slot.hasAttribute("data-own-checked") && !again)) return;
      slot.setAttribute("data-own-checked", "");
      const path = section.getAttribute("data-comments-for");
      const mine = own.read().filter((e) => e.articlePath === path);
      /** @type {HTMLElement[]} */
      const marks = [];
      /** @type {Set<string>} */
      const forget = new Set();
      for (const entry of mine) {
        try {
          const response = await fetch(`/api/comments/status?token=${encodeURIComponent(entry.token)}`, {
            headers: { Accept: "application/json" },
          });
          if (response.status === 404) forget.add(entry.token);
          if (!response.ok) continue;
          const answer = await response.json();
          if (answer.status === "pending") marks.push(own.mark(entry));
          else if (answer.status === "approved") forget.add(entry.token);
        } catch {
          // Offline: nothing marked this time.
        }
      }
      if (forget.size) own.write(own.read().filter((e) => !forget.has(e.token)));
      slot.replaceChildren(...marks);
    },
    /** @param {OwnComment} entry */
    mark(entry) {
      const box = document.createElement("div");
      box.className = "mt-4 rounded border-l-4 border-amber-600 bg-amber-50 p-4 dark:bg-amber-950";
      box.setAttribute("data-own-comment", "");
      box.append(line("text-sm font-semibold", "Your comment \u2014 awaiting moderation"));
      const when = new Date(entry.time);
      box.append(
        line("text-sm", `${entry.name} \u00b7 ${isNaN(when.getTime()) ? "" : when.toLocaleString("en-GB")}`),
      );
      box.append(line("mt-1 whitespace-pre-wrap break-words", entry.body));
      const link = document.createElement("a");
      link.href = `/comments/status/${entry.token}`;
      link.className = "text-sm font-semibold text-brand underline";
      link.textContent = "Follow its status";
      box.append(link);
      return box;
    },
  };

  /**
   * Report in place: a copy of the thread's report form (a <template> rendered with the page)
   * under the comment. Without JavaScript, or without the template, the link opens the report page.
   */
  const report = {
    /** @type {WeakMap<HTMLFormElement, HTMLElement>} */
    openers: new WeakMap(),
    /** @param {HTMLElement} link @returns {boolean} whether the form opened (else the link is followed) */
    open(link) {
      const comment = link.closest("article");
      const id = link.dataset.report;
      const template = document.querySelector("template[data-report-template]");
      if (!comment || !id || !(template instanceof HTMLTemplateElement)) return false;
      const existing = comment.querySelector("form[data-report-form]");
      if (existing) {
        report.focusHeading(existing);
        return true;
      }
      const copy = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
      const form = copy.querySelector("form[data-report-form]");
      if (!(form instanceof HTMLFormElement)) return false;
      const prefix = `report-${id}`;
      for (const el of [form, ...form.querySelectorAll("*")])
        for (const name of ["id", "for", "aria-describedby", "aria-labelledby"]) {
          const value = el.getAttribute(name);
          if (value) el.setAttribute(name, value.replaceAll("report-new", prefix));
        }
      const field = form.elements.namedItem("commentId");
      if (field instanceof HTMLInputElement) field.value = id;
      comment.querySelector("[data-report-done]")?.remove();
      comment.append(form);
      report.openers.set(form, link);
      link.setAttribute("aria-expanded", "true");
      report.focusHeading(form);
      return true;
    },
    /** @param {Element} form */
    focusHeading(form) {
      const heading = document.getElementById(form.getAttribute("aria-labelledby") || "");
      if (heading instanceof HTMLElement) heading.focus();
    },
    /** @param {HTMLFormElement} form @param {Element | null} [replacement] */
    close(form, replacement = null) {
      const opener = report.openers.get(form);
      opener?.setAttribute("aria-expanded", "false");
      if (replacement) form.replaceWith(replacement);
      else form.remove();
      if (replacement instanceof HTMLElement) replacement.focus();
      else opener?.focus();
    },
    /** @param {HTMLFormElement} form */
    async send(form) {
      const button = /** @type {HTMLButtonElement} */ (form.querySelector("button[type=submit]"));
      const label = button.textContent;
      const region = form.querySelector("[data-form-message]");
      form.toggleAttribute("data-busy", true);
      button.disabled = true;
      button.textContent = button.dataset.pendingLabel || label;
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
        result = {
          ok: false,
          message: "Your report could not be sent. Check your connection and try again.",
        };
      }
      form.toggleAttribute("data-busy", false);
      button.disabled = false;
      button.textContent = label;
      if (result.ok) {
        const done = outcome(true, result.message || "Thank you.");
        done.tabIndex = -1;
        done.classList.add("mt-3");
        done.setAttribute("data-report-done", "");
        report.close(form, done);
        return;
      }
      const errors = result.fieldErrors?.reason || [];
      form
        .querySelector("[data-error-for=reason]")
        ?.replaceChildren(...errors.map((e) => line("mt-1 text-sm text-red-700 dark:text-red-300", e)));
      region?.replaceChildren(outcome(false, result.message || "Your report could not be sent."));
    },
  };

  /**
   * "Load more comments": the next page of the thread (a plain link without JavaScript) fetched
   * and its comments appended here; focus moves to the first new one.
   * @param {HTMLAnchorElement} link
   */
  const loadMore = async (link) => {
    const section = link.closest("[data-comments-for]");
    const list = section?.querySelector("[data-comment-list]");
    if (!section || !list || link.hasAttribute("aria-busy")) return;
    const label = link.textContent;
    link.setAttribute("aria-busy", "true");
    link.textContent = "Loading comments…";
    try {
      const url = new URL(link.href);
      url.hash = "";
      const response = await fetch(url, { headers: { Accept: "text/html" } });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const incoming = page.querySelector("[data-comment-list]");
      /** @type {Element[]} */
      const added = [];
      for (const item of [...(incoming?.children || [])])
        if (!item.id || !document.getElementById(item.id))
          added.push(list.appendChild(document.adoptNode(item)));
      const next = page.querySelector("[data-load-more]");
      const status = section.querySelector("[data-pager-status]");
      const pageStatus = page.querySelector("[data-pager-status]");
      if (status && pageStatus)
        status.textContent = `Comments up to ${pageStatus.textContent?.trim().toLowerCase()}`;
      link.removeAttribute("aria-busy");
      if (next) {
        link.href = next.getAttribute("href") || link.href;
        link.textContent = label;
      } else {
        link.remove();
      }
      const first = added[0]?.querySelector("article");
      if (first instanceof HTMLElement) first.focus();
    } catch {
      // Could not fetch: go there the plain way.
      location.assign(link.href);
    }
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
    const reportLink = target.closest?.("a[data-report]");
    if (reportLink instanceof HTMLElement && plain && report.open(reportLink)) event.preventDefault();
    const reportCancel = target.closest?.("[data-report-cancel]")?.closest("form");
    if (reportCancel instanceof HTMLFormElement && !reportCancel.hasAttribute("data-busy"))
      report.close(reportCancel);
    const more = target.closest?.("a[data-load-more]");
    if (more instanceof HTMLAnchorElement && plain) {
      event.preventDefault();
      loadMore(more);
    }
  });

  // Escape closes an open report form and returns to its Report link.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const form = /** @type {Element} */ (event.target).closest?.("form[data-report-form]");
    if (form instanceof HTMLFormElement && report.openers.has(form) && !form.hasAttribute("data-busy"))
      report.close(form);
  });

  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.hasAttribute("data-report-form") && report.openers.has(form)) {
      event.preventDefault();
      if (!form.hasAttribute("data-busy")) report.send(form);
      return;
    }
    if (!form.hasAttribute("data-comment-form")) return;
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
