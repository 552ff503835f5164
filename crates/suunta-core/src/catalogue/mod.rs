//! The service catalogue: the file format (`raw`) and its validation.

pub mod raw;
