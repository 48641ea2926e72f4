//! Arabic words drafting reads to tell an attack in scope from a strike by the US or the
//! coalition and from a statement about many attacks.

pub const ATTACK_WORDS: &[&str] = &[
    "هجوم",
    "هاجم",
    "هاجمت",
    "استهدف",
    "استهدفت",
    "استهداف",
    "سقط",
    "سقطت",
    "سقوط",
    "انفجار",
    "انفجرت",
    "قصف",
    "إطلاق",
    "اطلاق",
    "أطلقت",
    "أطلق",
];

pub const STRIKES: &[&str] = &["غارة", "غارات", "ضربة", "ضربات", "قصف"];

pub const STRIKING_SIDE: &[&str] = &[
    "أمريكية",
    "أميركية",
    "أمريكي",
    "أميركي",
    "التحالف",
    "للتحالف",
    "إسرائيلية",
    "إسرائيلي",
];

pub const MANY_ATTACKS: &[&str] = &["هجمات", "الهجمات", "عمليات"];
