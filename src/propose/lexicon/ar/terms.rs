//! Arabic words for terms.
