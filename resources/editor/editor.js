// Events and the channel of the reply editor; state and DOM operations are in
// editor-core.js (`editor`), injected just before this into the same world.
(function (e) {
    'use strict';

    var linkbar = document.getElementById('linkbar');
    var linkInput = document.getElementById('linkurl');
    var linkError = document.getElementById('linkerror');
    var linkRange = null;
    var internalDrag = false;

    function openLinkBar() {
        if (e.readOnly)
            return;
        linkRange = e.currentRange() || e.savedRange;
        var node = linkRange && linkRange.startContainer;
        while (node && node !== e.body && node.nodeName !== 'A')
            node = node.parentNode;
        linkInput.value = node && node !== e.body ? node.getAttribute('href') || '' : '';
        linkInput.removeAttribute('aria-invalid');
        linkError.textContent = '';
        linkbar.hidden = false;
        linkInput.focus();
        linkInput.select();
    }

    function closeLinkBar() {
        linkbar.hidden = true;
        e.restoreSelection(linkRange);
        linkRange = null;
    }

    function applyLink() {
        var url = e.normaliseLink(linkInput.value);
        if (!url) {
            linkInput.setAttribute('aria-invalid', 'true');
            linkError.textContent = e.labels.linkInvalid || '';
            linkInput.focus();
            return;
        }
        linkbar.hidden = true;
        e.restoreSelection(linkRange);
        linkRange = null;
        e.exec('createLink', url);
    }

    // Pasted or dropped data reaches the body only as what the host's
    // sanitiser returns: nothing of it is inserted before that answer.
    function insertExternal(data, range) {
        if (e.readOnly || !e.bridge || !data)
            return;
        var html = data.getData('text/html');
        var text = data.getData('text/plain');
        if (!html && !text)
            return;
        var gen = e.generation;
        e.bridge.sanitizePaste(html, text, function (clean) {
            // The content was replaced meanwhile: the paste belonged to the old one.
            if (gen === e.generation && clean)
                e.insertContent(clean, range);
        });
    }

    function hostShortcut(name) {
        e.flushChange();
        if (e.bridge)
            e.bridge.shortcut(name);
    }

    function keyName(ev) {
        var key = ev.key && ev.key.length === 1 ? ev.key.toLowerCase() : '';
        if (!/^[a-z]$/.test(key) && /^Key[A-Z]$/.test(ev.code))
            key = ev.code.charAt(3).toLowerCase(); // non-Latin layouts
        return key;
    }

    document.addEventListener('keydown', function (ev) {
        if (ev.target === linkInput && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
            if (ev.key === 'Enter')
                applyLink();
            else if (ev.key === 'Escape')
                closeLinkBar();
            else
                return;
            ev.preventDefault();
            return;
        }
        if (!(ev.ctrlKey || ev.metaKey) || ev.altKey)
            return;
        var key = keyName(ev);
        if (ev.key === 'Enter' && !ev.shiftKey)
            hostShortcut('send');
        else if (key === 's' && !ev.shiftKey)
            hostShortcut('save');
        else if (key === 't' && ev.shiftKey)
            hostShortcut('template');
        else if (key === 'k' && !ev.shiftKey)
            openLinkBar();
        else if ((key === 'b' || key === 'i' || key === 'u') && !ev.shiftKey && e.inBody(ev.target))
            e.exec({ b: 'bold', i: 'italic', u: 'underline' }[key]);
        else
            return;
        ev.preventDefault();
        ev.stopPropagation();
    }, true);

    document.addEventListener('input', function (ev) {
        if (e.inBody(ev.target)) {
            e.scheduleChange();
            e.updateToolbar();
        }
    }, true);

    // Only the handlers below may put outside data in the body: should one be
    // bypassed, the browser's own paste or drop is refused here.
    document.addEventListener('beforeinput', function (ev) {
        var t = ev.inputType;
        if (t === 'insertFromPaste' || t === 'insertFromPasteAsQuotation' || t === 'insertFromYank'
            || (t === 'insertFromDrop' && !internalDrag))
            ev.preventDefault();
    }, true);

    document.addEventListener('paste', function (ev) {
        if (ev.target === linkInput)
            return; // a text field only ever takes plain text
        ev.preventDefault();
        if (e.inBody(ev.target))
            insertExternal(ev.clipboardData, e.currentRange());
    }, true);

    document.addEventListener('dragstart', function (ev) {
        internalDrag = e.inBody(ev.target);
    }, true);
    document.addEventListener('dragend', function () {
        internalDrag = false;
    }, true);
    document.addEventListener('drop', function (ev) {
        if (internalDrag && e.inBody(ev.target))
            return; // moving our own, already sanitised, content
        ev.preventDefault();
        internalDrag = false;
        var range = document.caretRangeFromPoint(ev.clientX, ev.clientY);
        if (range && e.inBody(range.startContainer))
            insertExternal(ev.dataTransfer, range);
    }, true);

    // Links never navigate. Editing needs plain clicks to place the caret, so
    // there Ctrl+click opens a link; in a read-only body a plain click does.
    document.addEventListener('click', function (ev) {
        var a = ev.target.closest ? ev.target.closest('a[href]') : null;
        if (!a)
            return;
        ev.preventDefault();
        if (e.inBody(a) && e.bridge && (e.readOnly || ev.ctrlKey || ev.metaKey))
            e.bridge.linkActivated(a.href);
    }, true);
    document.addEventListener('auxclick', function (ev) {
        if (ev.target.closest && ev.target.closest('a[href]'))
            ev.preventDefault();
    }, true);

    document.addEventListener('selectionchange', function () {
        var range = e.currentRange();
        if (range)
            e.savedRange = range.cloneRange();
        e.updateToolbar();
    });

    // Toolbar clicks never take focus, so the body keeps its selection.
    e.toolbar.addEventListener('mousedown', function (ev) {
        if (ev.target.closest('button'))
            ev.preventDefault();
    });
    e.toolbar.addEventListener('click', function (ev) {
        var button = ev.target.closest('button');
        if (!button || button.disabled)
            return;
        var name = button.dataset.command;
        if (name === 'link')
            openLinkBar();
        else if (name === 'quote')
            e.toggleQuote();
        else
            e.exec(name);
    });
    document.getElementById('linkok').addEventListener('click', applyLink);
    document.getElementById('linkcancel').addEventListener('click', closeLinkBar);

    function applyOptions(o) {
        e.applyOptions(o);
        if (e.readOnly)
            linkbar.hidden = true;
    }

    function focusEnd() {
        e.body.focus({ preventScroll: true });
        e.caretAtEnd();
    }

    document.execCommand('defaultParagraphSeparator', false, 'p');

    new QWebChannel(qt.webChannelTransport, function (channel) {
        var bridge = channel.objects.bridge;
        bridge.contentReplaced.connect(function (gen, html) { e.setContent(gen, html, false); });
        bridge.htmlInserted.connect(function (html) { e.insertContent(html); });
        bridge.commandRequested.connect(function (name, value) {
            if (name === 'quote')
                e.toggleQuote();
            else
                e.exec(name, value);
        });
        bridge.optionsChanged.connect(applyOptions);
        bridge.contentRequested.connect(function (id) {
            e.flushChange();
            bridge.content(id, e.generation, e.body.innerHTML, e.wordCount());
        });
        bridge.focusRequested.connect(focusEnd);
        bridge.shortcutRequested.connect(hostShortcut);
        bridge.hello(function (init) {
            e.bridge = bridge;
            applyOptions(init.options || {});
            if (init.html !== undefined)
                e.setContent(init.generation, init.html, true);
            (init.inserts || []).forEach(function (html) { e.insertContent(html); });
            if (init.focus)
                focusEnd();
            bridge.ready(e.generation, e.body.innerHTML, e.wordCount());
        });
    });
})(editor);
