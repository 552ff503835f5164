//! A location inside a JSON document, such as `services[3].channels[0].phone`.
//!
//! Problems name the place they are about with a path, and `locate` turns a path into a line and
//! column in the original text, so a maintainer can jump straight to it.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    Key(String),
    Index(usize),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JsonPath(pub Vec<Segment>);

impl JsonPath {
    pub fn root() -> JsonPath {
        JsonPath(Vec::new())
    }

    /// This path extended by an object key.
    pub fn key(&self, key: &str) -> JsonPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key.to_owned()));
        JsonPath(segments)
    }

    /// This path extended by an array index.
    pub fn index(&self, index: usize) -> JsonPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        JsonPath(segments)
    }

    /// This path followed by `rest`.
    pub fn join(&self, rest: &JsonPath) -> JsonPath {
        let mut segments = self.0.clone();
        segments.extend(rest.0.iter().cloned());
        JsonPath(segments)
    }

    pub fn parent(&self) -> Option<JsonPath> {
        let (_, init) = self.0.split_last()?;
        Some(JsonPath(init.to_vec()))
    }

    pub fn last(&self) -> Option<&Segment> {
        self.0.last()
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if position == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_print_like_javascript_accessors() {
        let path = JsonPath::root().key("services").index(3).key("channels").index(0).key("phone");
        assert_eq!(path.to_string(), "services[3].channels[0].phone");
        assert_eq!(JsonPath::root().to_string(), "");
        assert_eq!(JsonPath::root().index(2).key("id").to_string(), "[2].id");
    }

    #[test]
    fn parent_drops_the_last_segment() {
        let path = JsonPath::root().key("a").index(1);
        assert_eq!(path.parent(), Some(JsonPath::root().key("a")));
        assert_eq!(JsonPath::root().parent(), None);
    }
}
