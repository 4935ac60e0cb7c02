#!/usr/bin/env python3
"""Writes a synthetic course of N lessons (about 2.8 KB each) for the benchmark.

With --math, each lesson also has a paragraph with two inline formulas and one display formula, different in
every lesson (so that no formula is drawn from another lesson's), to measure what drawing formulas costs.

Each lesson has front matter, headings, lists with bold labels, a table, a fenced code block, a page break and an
exam tip. Sections hold about ten lessons. File names are deliberately in a different order from the reading
order, so the plugin's ordering is exercised.
"""
import os
import sys

LESSON = """---
layout: posts
title: 'Lesson {s}.{l}: Topic {n} in Depth'
section: Section-{s}-Topic{s}
lesson: {l}
---
### Lesson {s}.{l}: Topic {n} in Depth

This synthetic lesson number {n} exists to measure the study guide plugin. It has the shape of a real lesson:
an introduction, a few headings, lists with bold labels, a table, some code and an exam tip. The sentences are
plain on purpose, since only their length and structure matter for the benchmark.

#### Key ideas

- **Overview**: Component {n} accepts requests, validates them and stores the result for later reporting.
- **Scaling**: It grows horizontally by adding workers; each worker is stateless and reads its settings at start.
- **Failure handling**: A failed request is retried three times with exponential back-off before it is reported.
- **Exam Tip**: When a question mentions stateless workers behind a queue, think of component {n}.

| Setting | Default | Meaning |
|---------|--------:|---------|
| workers | 4 | number of parallel workers |
| retries | 3 | attempts before a request fails |
| timeout | 30 | seconds to wait for a reply |

<!-- pagebreak -->

#### Example

```java
public final class Worker{n} {{
    private final int retries = 3;

    public Result handle(Request request) {{
        for (int attempt = 1; attempt <= retries; attempt++) {{
            Result result = tryOnce(request);
            if (result.isSuccess()) {{
                return result;
            }}
        }}
        return Result.failed(request);
    }}
}}
```

1. Configure the number of workers for the expected load.
2. Set the timeout a little above the slowest normal reply.
3. Watch the retry count: a rising count is an early warning.

> Keep workers stateless: state kept in a worker is lost when the worker is replaced.

#### Details

Requests reach component {n} through a queue. The queue decouples the callers from the workers, so a burst of
requests waits in the queue instead of overloading the workers. Each worker takes one request at a time, checks
its fields, writes the result to storage and acknowledges the message. If the worker stops before acknowledging,
the queue delivers the message again to another worker, which is why handling a request twice must be harmless.

Monitoring follows the same path: the queue length shows the backlog, the retry count shows trouble with
downstream systems, and the age of the oldest message shows whether the workers keep up with the load. Alarms on
these three numbers catch most problems before users notice them. See also lesson {s}.1 for the basics.
"""

MATH = r"""
#### The numbers behind it

With $w = {n}$ workers and a retry rate of $p_{{{n}}} = \frac{{1}}{{{n}}}$, the expected number of attempts is

$$
E[A] = \sum_{{k=1}}^{{3}} k \, p_{{{n}}}^{{k-1}} (1 - p_{{{n}}}) + 3 \, p_{{{n}}}^3 \approx {attempts:.3f}
$$
"""


def main():
    args = [a for a in sys.argv[1:] if a != "--math"]
    math = len(args) != len(sys.argv) - 1
    if len(args) != 2:
        sys.exit("usage: generate-course.py [--math] LESSONS TARGET_FOLDER")
    count, target = int(args[0]), args[1]
    per_section = 10
    for n in range(1, count + 1):
        s = (n - 1) // per_section + 1
        l = (n - 1) % per_section + 1
        folder = os.path.join(target, "part-%s" % str(s)[::-1])  # reversed digits: folder order != reading order
        os.makedirs(folder, exist_ok=True)
        name = "%02d-%s.md" % (per_section + 1 - l, "lesson")
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write(LESSON.format(s=s, l=l, n=n))
            if math:
                p = 1.0 / n
                attempts = sum(k * p ** (k - 1) * (1 - p) for k in range(1, 4)) + 3 * p ** 3
                out.write(MATH.format(n=n, attempts=attempts))


if __name__ == "__main__":
    main()
