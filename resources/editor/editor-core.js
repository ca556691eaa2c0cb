// The reply editor's state and DOM operations, shared with editor.js (which
// wires events and the channel). EditorPage injects qwebchannel.js, this file
// and editor.js, in that order, into an isolated world: the page's own world
// runs no script at all (its CSP has no script-src), so markup in the body can
// never reach the bridge, whose calls include "send". The DOM is shared.
var editor = (function () {
    'use strict';

    var CHANGE_DELAY_MS = 100;     // debounce of change notifications
    var CHANGE_MAX_WAIT_MS = 1000; // ...but a long burst of typing still reports
    var LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
    // What the host and the toolbar may run; anything else is ignored.
    var COMMANDS = {
        bold: 1, italic: 1, underline: 1, insertUnorderedList: 1, insertOrderedList: 1,
        createLink: 1, formatBlock: 1, removeFormat: 1, undo: 1, redo: 1
    };
    var PRESSABLE = ['bold', 'italic', 'underline', 'insertUnorderedList', 'insertOrderedList'];
    var segmenter = (typeof Intl !== 'undefined' && Intl.Segmenter)
        ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;

    var e = {
        body: document.getElementById('body'), // replaced by setContent()
        toolbar: document.getElementById('toolbar'),
        bridge: null,
        generation: 0,
        readOnly: false,
        labels: {},
        savedRange: null,
        changeTimer: 0,
        firstPendingChange: 0
    };

    e.inBody = function (node) {
        return !!node && e.body.contains(node);
    };

    function countWords(text) {
        if (!segmenter) {
            var words = text.match(/\S+/g);
            return words ? words.length : 0;
        }
        var n = 0;
        for (var s of segmenter.segment(text)) {
            if (s.isWordLike)
                ++n;
        }
        return n;
    }

    // innerText, not textContent: paragraphs must not glue their words together.
    e.wordCount = function () {
        return countWords(e.body.innerText);
    };

    e.updateEmpty = function () {
        var empty = e.body.textContent.trim() === '' && !e.body.querySelector('img,hr,li,blockquote');
        e.body.classList.toggle('is-empty', empty);
    };

    function notifyChange() {
        clearTimeout(e.changeTimer);
        e.changeTimer = 0;
        e.firstPendingChange = 0;
        if (e.bridge)
            e.bridge.changed(e.generation, e.body.innerHTML, e.wordCount());
    }

    e.scheduleChange = function () {
        e.updateEmpty();
        var now = Date.now();
        if (!e.firstPendingChange)
            e.firstPendingChange = now;
        clearTimeout(e.changeTimer);
        var wait = Math.min(CHANGE_DELAY_MS, Math.max(0, e.firstPendingChange + CHANGE_MAX_WAIT_MS - now));
        e.changeTimer = setTimeout(notifyChange, wait);
    };

    // Before anything the host acts on (save, send, a content request) reads html().
    e.flushChange = function () {
        if (e.changeTimer)
            notifyChange();
    };

    e.currentRange = function () {
        var sel = window.getSelection();
        if (!sel.rangeCount)
            return null;
        var range = sel.getRangeAt(0);
        return e.inBody(range.commonAncestorContainer) ? range : null;
    };

    e.caretAtEnd = function () {
        var node = e.body;
        while (node.lastChild && node.lastChild.nodeType === Node.ELEMENT_NODE
               && !/^(BR|IMG|HR)$/.test(node.lastChild.nodeName))
            node = node.lastChild;
        var range = document.createRange();
        range.selectNodeContents(node);
        range.collapse(false);
        if (node.lastChild && node.lastChild.nodeName === 'BR')
            range.setStartBefore(node.lastChild);
        range.collapse(true);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
    };

    // Puts focus and the caret back where the user left them: toolbar clicks,
    // the link bar and host calls all take focus away from the body.
    // Without a remembered caret, the end: focus() alone would put it at the start.
    e.restoreSelection = function (range) {
        range = range || e.currentRange() || e.savedRange;
        e.body.focus({ preventScroll: true });
        if (range && e.inBody(range.startContainer) && e.inBody(range.endContainer)) {
            var sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(range);
        } else {
            e.caretAtEnd();
        }
    };

    e.insideQuote = function () {
        var range = e.currentRange();
        for (var node = range && range.startContainer; node && node !== e.body; node = node.parentNode) {
            if (node.nodeName === 'BLOCKQUOTE')
                return true;
        }
        return false;
    };

    e.updateToolbar = function () {
        var inside = !!e.currentRange();
        var buttons = e.toolbar.querySelectorAll('button');
        for (var i = 0; i < buttons.length; ++i) {
            var b = buttons[i];
            var name = b.dataset.command;
            b.disabled = e.readOnly;
            if (PRESSABLE.indexOf(name) >= 0)
                b.setAttribute('aria-pressed', inside && document.queryCommandState(name) ? 'true' : 'false');
            else if (name === 'quote')
                b.setAttribute('aria-pressed', e.insideQuote() ? 'true' : 'false');
        }
    };

    // The URL for a link, or null: only web, mail and phone links are made.
    e.normaliseLink = function (text) {
        text = (text || '').trim();
        var url = null;
        try {
            url = new URL(text);
        } catch (err) {
            if (/^[^\s@\/:]+@[^\s@\/]+\.[^\s@\/]+$/.test(text))
                return 'mailto:' + text;
            try {
                url = new URL('https://' + text);
            } catch (err2) {
                return null;
            }
        }
        if (LINK_SCHEMES.indexOf(url.protocol) < 0)
            return null;
        if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname)
            return null;
        return url.href;
    };

    e.exec = function (name, value) {
        if (e.readOnly || !COMMANDS[name])
            return false;
        if (name === 'createLink' && !(value = e.normaliseLink(value)))
            return false;
        if (name === 'formatBlock' && value !== 'blockquote' && value !== 'p')
            return false;
        e.restoreSelection();
        var ok;
        if (name === 'createLink' && window.getSelection().isCollapsed) {
            // Nothing selected: the address becomes the text. Built through the DOM so both are escaped.
            var a = document.createElement('a');
            a.href = value;
            a.textContent = value;
            ok = document.execCommand('insertHTML', false, a.outerHTML);
        } else {
            ok = document.execCommand(name, false, value);
        }
        e.updateToolbar();
        return ok;
    };

    e.toggleQuote = function () {
        if (e.readOnly)
            return;
        if (!e.insideQuote())
            return e.exec('formatBlock', 'blockquote');
        e.restoreSelection();
        document.execCommand('outdent');
        e.updateToolbar();
    };

    // `html` was sanitised by the host.
    e.setContent = function (gen, html, silent) {
        clearTimeout(e.changeTimer);
        e.changeTimer = 0;
        e.firstPendingChange = 0;
        e.generation = gen;
        var hadFocus = document.activeElement === e.body;
        // A fresh element rather than innerHTML: Chromium's undo steps keep
        // pointing at the old nodes, so Ctrl+Z can never bring the previous
        // reply (another conversation's draft) back into this one.
        var fresh = e.body.cloneNode(false);
        fresh.innerHTML = html;
        e.body.replaceWith(fresh);
        e.body = fresh;
        e.savedRange = null;
        e.updateEmpty();
        e.updateToolbar();
        if (hadFocus)
            e.body.focus({ preventScroll: true });
        if (!silent && e.bridge)
            e.bridge.applied(e.generation, e.body.innerHTML, e.wordCount());
    };

    // `html` was sanitised by the host (or built here with escaping).
    e.insertContent = function (html, range) {
        if (e.readOnly)
            return;
        e.restoreSelection(range);
        document.execCommand('insertHTML', false, html);
    };

    e.applyOptions = function (o) {
        if (o.labels) {
            e.labels = o.labels;
            var buttons = e.toolbar.querySelectorAll('button');
            for (var i = 0; i < buttons.length; ++i) {
                var name = buttons[i].dataset.command;
                buttons[i].setAttribute('aria-label', e.labels[name] || name);
                buttons[i].title = (o.titles && o.titles[name]) || e.labels[name] || name;
            }
            e.toolbar.setAttribute('aria-label', e.labels.toolbar || '');
            e.body.setAttribute('aria-label', e.labels.body || 'Reply');
            document.getElementById('linklabel').textContent = e.labels.linkUrl || '';
            document.getElementById('linkok').textContent = e.labels.linkOk || 'OK';
            document.getElementById('linkcancel').textContent = e.labels.linkCancel || '';
        }
        if (o.lang)
            document.documentElement.lang = o.lang;
        if (o.placeholder !== undefined)
            e.body.dataset.placeholder = o.placeholder;
        if (o.palette !== undefined) {
            var style = document.getElementById('palette');
            if (!style) {
                style = document.createElement('style');
                style.id = 'palette';
                document.head.appendChild(style);
            }
            style.textContent = o.palette;
        }
        if (o.readOnly !== undefined) {
            e.readOnly = !!o.readOnly;
            // Editable only from here on: before this script ran, no paste could bypass it.
            e.body.contentEditable = e.readOnly ? 'false' : 'true';
            e.body.setAttribute('aria-readonly', e.readOnly ? 'true' : 'false');
            e.updateToolbar();
        }
    };

    return e;
})();
