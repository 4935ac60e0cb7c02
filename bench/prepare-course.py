#!/usr/bin/env python3
"""Copies a public course into a folder of lessons the plugin can order, for bench/real-courses.sh.

TEMPORARY: until issue #19 teaches the plugin the Carpentries, mdBook/HonKit and MkDocs layouts, this adds the
front matter `section`/`lesson` (and a `title` where there is none) from the layout's own order: config.yaml's
episodes, SUMMARY.md's links, mkdocs.yml's nav, or file names. The copy goes to the folder given (under /tmp);
nothing of the course is ever written into the repository.

    prepare-course.py COURSE_DIR DEST_DIR      prints the layout found, the number of lessons and the lesson files
                                               (relative to DEST_DIR, comma-separated: the plugin's includes)
"""
import json, os, re, shutil, sys

try:
    import yaml
except ImportError:
    yaml = None


def carpentries(root):
    with open(os.path.join(root, 'config.yaml'), encoding='utf-8') as f:
        text = f.read()
    block = re.search(r'^episodes:\s*\n((?:\s*-\s*.+\n?)+)', text, re.M)
    names = re.findall(r'-\s*(\S+)', block.group(1)) if block else []
    return 'carpentries', os.path.join(root, 'episodes'), [[(None, n) for n in names]]


def summary(src):
    """mdBook and HonKit: each '# Part' heading starts a section; every linked chapter, nested or not, is a lesson."""
    sections, current = [], []
    with open(os.path.join(src, 'SUMMARY.md'), encoding='utf-8') as f:
        for line in f:
            if re.match(r'#{1,6}\s', line) and not line.lstrip('#').strip().lower().startswith('summary'):
                if current:
                    sections.append(current)
                current = []
            for title, path in re.findall(r'\[([^\]]+)\]\(([^)#]+\.md)\)', line):
                current.append((title, path))
    if current:
        sections.append(current)
    return sections


def mkdocs(root):
    docs = os.path.join(root, 'docs')
    config = open(os.path.join(root, 'mkdocs.yml'), encoding='utf-8').read()
    sections = []
    if yaml is not None:
        try:
            nav = yaml.safe_load(re.sub(r'!!python\S*', '', config)).get('nav')
        except yaml.YAMLError:
            nav = None
        def walk(items, into):
            for item in items or []:
                if isinstance(item, str):
                    into.append((None, item))
                elif isinstance(item, dict):
                    for title, value in item.items():
                        if isinstance(value, str) and value.endswith('.md'):
                            into.append((title, value))
                        elif isinstance(value, list):
                            part = []
                            walk(value, part)
                            if part:
                                sections.append(part)
        top = []
        walk(nav, top)
        if top:
            sections.insert(0, top)
    if not sections:
        files = sorted(os.path.relpath(os.path.join(d, n), docs) for d, _, ns in os.walk(docs) for n in ns if n.endswith('.md'))
        sections = [[(None, f) for f in files]]
    return 'mkdocs', docs, sections


def detect(root):
    if os.path.isfile(os.path.join(root, 'config.yaml')) and os.path.isdir(os.path.join(root, 'episodes')):
        return carpentries(root)
    for src in ('src', 'guide/src', 'docs', '.'):
        if os.path.isfile(os.path.join(root, src, 'SUMMARY.md')):
            return 'summary', os.path.join(root, src), summary(os.path.join(root, src))
    if os.path.isfile(os.path.join(root, 'mkdocs.yml')):
        return mkdocs(root)
    files = sorted(n for n in os.listdir(root) if n.endswith('.md'))
    return 'plain', root, [[(None, n) for n in files]]


def with_order(text, section, lesson, title, fallback):
    if text.startswith('---\n'):
        end = text.find('\n---', 4)
        if end > 0:
            head, body = text[4:end], text[end:]
            head = '\n'.join(l for l in head.split('\n') if not re.match(r'(section|lesson):', l))
            if not re.search(r'^title:', head, re.M):
                head += '\ntitle: ' + json.dumps(title or fallback)
            return '---\n' + head + '\nsection: %d\nlesson: %d' % (section, lesson) + body
    heading = re.search(r'^#\s+(.+)$', text, re.M)
    name = title or (heading.group(1).strip() if heading else fallback)
    return '---\ntitle: %s\nsection: %d\nlesson: %d\n---\n%s' % (json.dumps(name), section, lesson, text)


def main(course, dest):
    layout, src, sections = detect(course)
    if os.path.exists(dest):
        shutil.rmtree(dest)
    # The whole course comes along (images, data, pages that are no lesson), so that relative references resolve
    # as in the course and nothing points outside the lesson folder; only the ordered lessons are included.
    shutil.copytree(course, dest, ignore=lambda d, names: [n for n in names if n.startswith('.')
                                                           or n in ('node_modules', 'target', 'book', 'site')])
    included = []
    for s, lessons in enumerate(sections, start=1):
        for l, (title, path) in enumerate(lessons, start=1):
            source = os.path.normpath(os.path.join(src, path))
            if not os.path.isfile(source) or os.path.relpath(source, course) in included:
                continue
            relative = os.path.relpath(source, course)
            with open(source, encoding='utf-8', errors='replace') as f:
                text = f.read()
            with open(os.path.join(dest, relative), 'w', encoding='utf-8') as f:
                f.write(with_order(text, s, l, title, os.path.splitext(os.path.basename(path))[0]))
            included.append(relative)
    print(layout, len(included), ','.join(included))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
