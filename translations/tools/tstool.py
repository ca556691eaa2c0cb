#!/usr/bin/env python3
"""Fill and check Repdesk's Qt Linguist files without Linguist.

The .ts files are edited as text, one <message> block at a time, so everything lupdate wrote
(locations, comments, layout, its escaping) stays byte for byte and a later lupdate run makes
no noise in the diff.

  tstool.py export [--all] TS             list messages to translate, each with a stable id
  tstool.py fill BATCH TS...              write a batch's translations into the .ts files
  tstool.py drop-obsolete TS...           remove vanished/obsolete messages
  tstool.py check [--allow-unfinished] TS...
                                          fail on unfinished or obsolete messages and on
                                          translations whose placeholders differ from the source
  tstool.py lupdate-check LUPDATE LST TS...
                                          run lupdate over the sources named in LST (lupdate's
                                          @lst-file: one file or -Iinclude a line) into copies
                                          of the TS files, then `check` the copies: what the
                                          ctest translations_complete runs
  tstool.py selftest                      check that `check` and `fill` catch what they must
                                          (the ctest translations_tool)

A batch is plain text, one message per paragraph; the id comes from `export`:

  @3f9a1c
  de: Entwurf speichern
  fr: Enregistrer le brouillon
  es: Guardar borrador

Numerus forms are separated by " || ". "\\n" stands for a line break. Languages are the
TS file's language attribute before the "_" (de_DE -> de).
"""
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

MESSAGE = re.compile(r'( *)<message( numerus="yes")?>\n(.*?)\n\1</message>\n', re.S)
CONTEXT = re.compile(r'<context>\n\s*<name>(.*?)</name>\n(.*?)</context>\n', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
COMMENT = re.compile(r'<comment>(.*?)</comment>', re.S)
EXTRA = re.compile(r'<extracomment>(.*?)</extracomment>', re.S)
LOCATION = re.compile(r'<location filename="([^"]*)"')
TRANSLATION = re.compile(r'( *)<translation(?: type="([a-z]+)")?>(.*?)</translation>', re.S)
NUMERUSFORM = re.compile(r'<numerusform>(.*?)</numerusform>', re.S)
# %1..%99, %L1, %n/%Ln, and the {contact.first_name} fields of reply templates.
PLACEHOLDER = re.compile(r'%L?(?:\d{1,2}|n)|\{[a-z_]+\.[a-z_]+\}')
TAG = re.compile(r'<(/?[a-zA-Z]+)[^>]*>')
FORM_SEPARATOR = ' || '


def unescape(text):
    return html.unescape(text)


def escape(text):
    """lupdate's escaping, so files stay stable across lupdate runs."""
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def message_id(context, source, comment):
    key = '\x04'.join((context, source, comment or ''))
    return hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]


class Message:
    def __init__(self, context, match, filename):
        self.context = context
        self.indent = match.group(1)
        self.numerus = bool(match.group(2))
        self.body = match.group(3)
        self.source = unescape(SOURCE.search(self.body).group(1))
        comment = COMMENT.search(self.body)
        self.comment = unescape(comment.group(1)) if comment else ''
        extra = EXTRA.search(self.body)
        self.extra = unescape(extra.group(1)) if extra else ''
        self.filename = filename
        translation = TRANSLATION.search(self.body)
        self.type = translation.group(2) or ''
        inner = translation.group(3)
        if self.numerus:
            self.forms = [unescape(f) for f in NUMERUSFORM.findall(inner)]
        else:
            self.forms = [unescape(inner)]
        self.id = message_id(context, self.source, self.comment)

    @property
    def obsolete(self):
        return self.type in ('vanished', 'obsolete')

    @property
    def unfinished(self):
        return self.type == 'unfinished'


def language_of(text):
    return re.search(r'<TS [^>]*\slanguage="([a-z]+)', text).group(1)


def walk(text):
    """Yields (context, Message) for every message, with the location file carried over."""
    for context in CONTEXT.finditer(text):
        name = unescape(context.group(1))
        filename = ''
        for match in MESSAGE.finditer(context.group(2)):
            location = LOCATION.search(match.group(3))
            if location:
                filename = location.group(1)
            yield name, Message(name, match, filename)


def rewrite(text, change):
    """Calls change(message) for each message; it returns the new block, or None to drop it."""
    def context_block(context):
        name = unescape(context.group(1))

        def message_block(match):
            message = Message(name, match, '')
            block = change(message)
            return match.group(0) if block is None else block

        body = MESSAGE.sub(message_block, context.group(2))
        if '<message' not in body:
            return ''
        return context.group(0).replace(context.group(2), body, 1)

    return CONTEXT.sub(context_block, text)


def placeholder_problems(message, forms):
    problems = []
    wanted = sorted(PLACEHOLDER.findall(message.source))
    tags = sorted(TAG.findall(message.source))
    for form in forms:
        have = sorted(PLACEHOLDER.findall(form))
        if message.numerus and '%n' not in wanted and '%Ln' not in wanted:
            pass
        if have != wanted:
            # A numerus form may leave out %n ("eine Nachricht") only if the count is spelt out;
            # we do not do that, so any difference is a mistake.
            problems.append('placeholders %s, source has %s: %r' % (have, wanted, form))
        if sorted(TAG.findall(form)) != tags:
            problems.append('HTML tags differ from the source: %r' % form)
        if not form.strip():
            problems.append('empty translation')
    if message.numerus and len(forms) != 2:
        problems.append('%d numerus forms, expected 2' % len(forms))
    return problems


def cmd_export(args):
    show_all = '--all' in args
    path = [a for a in args if not a.startswith('--')][0]
    text = open(path, encoding='utf-8').read()
    for context, message in walk(text):
        if message.obsolete or (not show_all and not message.unfinished):
            continue
        note = ''
        if message.comment:
            note += ' [comment: %s]' % message.comment
        if message.extra:
            note += ' [note: %s]' % message.extra
        numerus = ' (numerus)' if message.numerus else ''
        done = '' if message.unfinished else ' = ' + FORM_SEPARATOR.join(message.forms).replace('\n', '\\n')
        print('@%s %s %s%s%s: %s%s' % (message.id, context, message.filename, numerus, note,
                                     message.source.replace('\n', '\\n'), done))


def read_batch(path):
    entries = {}
    current = None
    for number, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@'):
            current = line[1:].strip()
            if current in entries:
                sys.exit('%s:%d: @%s twice' % (path, number, current))
            entries[current] = {}
            continue
        language, sep, value = line.partition(': ')
        if not sep or current is None or not re.fullmatch(r'[a-z]{2}', language):
            sys.exit('%s:%d: expected "@id" or "xx: translation"' % (path, number))
        entries[current][language] = [f.replace('\\n', '\n') for f in value.split(FORM_SEPARATOR)]
    return entries


def translation_block(message, forms):
    indent = message.indent + '    '
    if message.numerus:
        inner = ''.join('\n%s    <numerusform>%s</numerusform>' % (indent, escape(f)) for f in forms)
        return '%s<translation>%s\n%s</translation>' % (indent, inner, indent)
    return '%s<translation>%s</translation>' % (indent, escape(forms[0]))


def cmd_fill(args):
    batch = read_batch(args[0])
    used = set()
    failed = False
    for path in args[1:]:
        text = open(path, encoding='utf-8').read()
        language = language_of(text)
        ids = {}
        for _, message in walk(text):
            if message.id in ids and ids[message.id] != (message.context, message.source, message.comment):
                sys.exit('%s: id collision @%s' % (path, message.id))
            ids[message.id] = (message.context, message.source, message.comment)

        # A batch may use a shorter id (6+ characters) when it names one message only.
        by_prefix = {}
        for key in batch:
            matches = [i for i in ids if i.startswith(key)]
            if len(matches) > 1:
                sys.exit('%s: @%s is ambiguous (%s)' % (path, key, ' '.join(matches)))
            if matches:
                by_prefix[matches[0]] = key

        def change(message):
            nonlocal failed
            key = by_prefix.get(message.id)
            entry = batch.get(key, {}).get(language) if key else None
            if entry is None or message.obsolete:
                return None
            used.add(key)
            problems = placeholder_problems(message, entry)
            if problems:
                failed = True
                for problem in problems:
                    print('%s @%s %s: %s' % (language, message.id, message.source[:60], problem))
                return None
            old = TRANSLATION.search(message.body).group(0)
            body = message.body.replace(old, translation_block(message, entry), 1)
            return '%s<message%s>\n%s\n%s</message>\n' % (
                message.indent, ' numerus="yes"' if message.numerus else '', body, message.indent)

        open(path, 'w', encoding='utf-8').write(rewrite(text, change))
    unknown = sorted(set(batch) - used)
    if unknown:
        print('ids not found: ' + ' '.join(unknown))
        failed = True
    return 1 if failed else 0


def cmd_drop_obsolete(args):
    for path in args:
        text = open(path, encoding='utf-8').read()
        dropped = 0

        def change(message):
            nonlocal dropped
            if message.obsolete:
                dropped += 1
                return ''
            return None

        open(path, 'w', encoding='utf-8').write(rewrite(text, change))
        print('%s: dropped %d obsolete messages' % (path, dropped))
    return 0


def cmd_check(args, names=None):
    allow_unfinished = '--allow-unfinished' in args
    paths = [a for a in args if not a.startswith('--')]
    failed = False
    for path in paths:
        text = open(path, encoding='utf-8').read()
        name = (names or {}).get(path, path)
        counts = {'messages': 0, 'unfinished': 0, 'obsolete': 0, 'problems': 0}
        for context, message in walk(text):
            source_file = os.path.normpath(os.path.join(os.path.dirname(path), message.filename))
            where = '%s: %s (%s): %r' % (name, context, source_file if message.filename else '-',
                                         message.source[:70])
            if message.obsolete:
                counts['obsolete'] += 1
                print('%s: obsolete, remove it (tstool.py drop-obsolete)' % where)
                continue
            counts['messages'] += 1
            if message.unfinished:
                counts['unfinished'] += 1
                if not allow_unfinished:
                    print('%s: unfinished @%s' % (where, message.id))
                continue
            for problem in placeholder_problems(message, message.forms):
                counts['problems'] += 1
                print('%s: %s' % (where, problem))
        print('%s: %d messages, %d unfinished, %d obsolete, %d placeholder problems' % (
            name, counts['messages'], counts['unfinished'], counts['obsolete'], counts['problems']))
        if counts['obsolete'] or counts['problems'] or (counts['unfinished'] and not allow_unfinished):
            failed = True
    return 1 if failed else 0


def cmd_lupdate_check(args):
    lupdate, lst, paths = args[0], args[1], args[2:]
    with tempfile.TemporaryDirectory(prefix='repdesk-ts-') as scratch:
        copies = []
        names = {}
        for path in paths:
            copy = os.path.join(scratch, os.path.basename(path))
            shutil.copyfile(path, copy)
            copies.append(copy)
            names[copy] = path
        # The options of translations/translations.cmake, so the copies get what
        # `update_translations` would write into the shipped files.
        run = subprocess.run([lupdate, '-silent', '-source-language', 'en', '-locations', 'relative',
                              '@' + lst, '-ts'] + copies, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            print('lupdate failed (exit code %d)' % run.returncode)
            return 1
        total = 0
        for copy in copies:
            total += sum(1 for _ in walk(open(copy, encoding='utf-8').read()))
        if total == 0:
            print('lupdate found no messages: is %s empty?' % lst)
            return 1
        result = cmd_check(copies, names)
    if result:
        print('\nThe shipped translations do not match the sources. Refresh them with\n'
              '  cmake --build <build dir> --target update_translations\n'
              'then translate what is unfinished (translations/tools/tstool.py export/fill) and\n'
              'remove what is obsolete (tstool.py drop-obsolete).')
    return result


SELFTEST_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <location filename="../ui/Demo.cpp" line="+1"/>
        <source>Hello %1</source>
        <translation>Hallo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost %1 and %2</source>
        <translation>Verloren: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>eine Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Bold&lt;/b&gt; {contact.name}</source>
        <translation>&lt;b&gt;Fett {contact.name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
</context>
</TS>
"""


def cmd_selftest(args):
    import contextlib
    import io
    failures = []

    def expect(condition, what):
        if not condition:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix='repdesk-ts-selftest-') as scratch:
        path = os.path.join(scratch, 'repdesk_de.ts')
        open(path, 'w', encoding='utf-8').write(SELFTEST_TS)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            result = cmd_check([path])
        report = out.getvalue()
        expect(result == 1, 'check passed a broken file')
        expect("'Lost %1 and %2'" in report and 'placeholders' in report, 'a missing %2 went unnoticed')
        expect("'%n file(s)'" in report, 'a plural form without %n went unnoticed')
        expect('HTML tags differ' in report, 'a dropped </b> went unnoticed')
        expect("'New string': unfinished" in report, 'an unfinished string went unnoticed')
        expect("'Gone': obsolete" in report, 'a vanished string went unnoticed')
        expect("'Hello %1'" not in report, 'a correct translation was reported')
        expect('6 messages' not in report and '5 messages, 1 unfinished, 1 obsolete, 3 placeholder problems'
               in report, 'wrong counts: ' + report.splitlines()[-1])

        batch = os.path.join(scratch, 'batch.txt')
        ids = {m.source: m.id for _, m in walk(SELFTEST_TS)}
        open(batch, 'w', encoding='utf-8').write(
            '@%s\nde: 1 < 2 & 3 > 2 "zitiert" l\'Apostroph\n'
            '@%s\nde: Verloren: %%1 und %%2\n'
            '@%s\nde: %%n Datei || %%n Dateien\n'
            '@%s\nde: <b>Fett</b> {contact.name}\n'
            '@%s\nde: Nur Hallo\n' % (ids['New string'], ids['Lost %1 and %2'], ids['%n file(s)'],
                                     ids['<b>Bold</b> {contact.name}'], ids['Hello %1'][:6]))
        with contextlib.redirect_stdout(io.StringIO()) as out:
            result = cmd_fill([batch, path])
        expect(result == 1, 'fill accepted a translation that drops a placeholder')
        expect('Nur Hallo' not in open(path, encoding='utf-8').read(), 'fill wrote a bad translation')
        with contextlib.redirect_stdout(io.StringIO()):
            cmd_drop_obsolete([path])
            result = cmd_check([path])
        expect(result == 0, 'fill and drop-obsolete did not make the file pass: ' + out.getvalue())
        text = open(path, encoding='utf-8').read()
        expect('<translation>1 &lt; 2 &amp; 3 &gt; 2 &quot;zitiert&quot; l&apos;Apostroph</translation>'
               in text, 'fill escaped differently from lupdate')
        expect('type="vanished"' not in text and '<source>Gone</source>' not in text, 'drop-obsolete kept it')
        expect('<location filename="../ui/Demo.cpp" line="+1"/>' in text, 'fill lost a location')
    for failure in failures:
        print('FAIL: ' + failure)
    print('selftest: %d failures' % len(failures))
    return 1 if failures else 0


def main():
    if len(sys.argv) < 2 or (len(sys.argv) < 3 and sys.argv[1] != 'selftest'):
        sys.exit(__doc__)
    commands = {'export': cmd_export, 'fill': cmd_fill, 'drop-obsolete': cmd_drop_obsolete,
                'check': cmd_check, 'lupdate-check': cmd_lupdate_check,
                'selftest': cmd_selftest}
    if sys.argv[1] not in commands:
        sys.exit(__doc__)
    return commands[sys.argv[1]](sys.argv[2:]) or 0


if __name__ == '__main__':
    sys.exit(main())
