# A relationship with no history gets the introductory 1:1
@vault example
@today 2026-02-02

$ rapport add "Lena Fischer" --kind direct --role "Support Engineer"
created Career/1-on-1s/lena-fischer.md

$ rapport prep lena
╭─────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Lena Fischer · 2026-02-02 (today)                                                      │
│ 45 min, weekly · Introductory 1:1 · first meeting                                               │
│ Intention: none set: what should this 1:1 achieve? (add "- Intention: …" under ## Next Meeting) │
╰─────────────────────────────────────────────────────────────────────────────────────────────────╯

Suggested agenda (Introductory 1:1)
  1. Get to know each other
       “What made you say yes to this role, or to meeting like this?”
  2. Goals, short, medium and long term
       “If you could learn anything this year, what would it be?”
  3. Pull feedback (listen, paraphrase, don't defend)
       “How is it going so far for you?”
  4. How we'll work together
       “How do you like to receive feedback?”

$ rapport prep lena --format md
# Introductory 1:1 with Lena Fischer · 2026-02-02

45 min, somewhere private · Introductory 1:1

**Intention:** _get to know Lena: what do they want, and how can you help?_

Listen more than you talk. Paraphrase what you hear and ask if you understood; don't defend or solve yet.

## Agenda

### 1. Get to know each other
- _“What made you say yes to this role, or to meeting like this?”_

### 2. Goals, short, medium and long term
- _“If you could learn anything this year, what would it be?”_

### 3. Pull feedback (listen, paraphrase, don't defend)
- _“How is it going so far for you?”_

### 4. How we'll work together
- _“How do you like to receive feedback?”_
