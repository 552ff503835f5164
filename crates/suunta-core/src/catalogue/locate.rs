//! Maps a JSON path to a line and column in the original text.
//!
//! `serde_json::Value` forgets where things were, so this small scanner reads the text once more
//! and remembers where every value and every object key starts. It also notices keys written
//! twice in one object, which `serde_json` silently collapses into the last one.
//!
//! It is only run on text that `serde_json` has already accepted, but it never panics on any
//! input: malformed text just yields fewer positions, and lookups fall back to the nearest
//! ancestor that was found.

use super::path::{JsonPath, Segment};

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };
}

#[derive(Debug, Clone)]
enum Node {
    Object { at: Position, entries: Vec<Entry> },
    Array { at: Position, items: Vec<Node> },
    Scalar { at: Position },
}

#[derive(Debug, Clone)]
struct Entry {
    key: String,
    key_at: Position,
    value: Node,
}

impl Node {
    fn at(&self) -> Position {
        match self {
            Node::Object { at, .. } | Node::Array { at, .. } | Node::Scalar { at } => *at,
        }
    }

    /// The child a segment leads to. A repeated key resolves to its last occurrence, as in
    /// `serde_json`.
    fn child(&self, segment: &Segment) -> Option<(Position, &Node)> {
        match (self, segment) {
            (Node::Object { entries, .. }, Segment::Key(key)) => entries
                .iter()
                .rev()
                .find(|entry| &entry.key == key)
                .map(|entry| (entry.key_at, &entry.value)),
            (Node::Array { items, .. }, Segment::Index(index)) => {
                items.get(*index).map(|item| (item.at(), item))
            }
            _ => None,
        }
    }
}

/// Where every value and key of one document starts.
#[derive(Debug, Clone)]
pub struct Positions {
    root: Option<Node>,
}

impl Positions {
    pub fn scan(text: &str) -> Positions {
        let mut scanner = Scanner { bytes: text.as_bytes(), offset: 0, line: 1, column: 1 };
        scanner.skip_whitespace();
        Positions { root: scanner.value(0) }
    }

    /// Where the value at `path` starts, or its nearest ancestor that exists.
    pub fn of_value(&self, path: &JsonPath) -> Position {
        self.walk(path, false)
    }

    /// Where the key that ends `path` is written (for unknown or repeated fields), or the
    /// nearest ancestor that exists.
    pub fn of_key(&self, path: &JsonPath) -> Position {
        self.walk(path, true)
    }

    fn walk(&self, path: &JsonPath, key_of_last: bool) -> Position {
        let Some(mut node) = self.root.as_ref() else { return Position::START };
        let mut found = node.at();
        for (depth, segment) in path.0.iter().enumerate() {
            let Some((key_at, child)) = node.child(segment) else { return found };
            let is_last = depth + 1 == path.0.len();
            found = if is_last && key_of_last { key_at } else { child.at() };
            node = child;
        }
        found
    }

    /// Every key that appears more than once in its object, at its second and later
    /// occurrences, with where each is written.
    pub fn repeated_keys(&self) -> Vec<(JsonPath, Position)> {
        let mut repeated = Vec::new();
        if let Some(root) = &self.root {
            collect_repeated_keys(root, &JsonPath::root(), &mut repeated);
        }
        repeated
    }
}

fn collect_repeated_keys(node: &Node, path: &JsonPath, into: &mut Vec<(JsonPath, Position)>) {
    match node {
        Node::Object { entries, .. } => {
            for (index, entry) in entries.iter().enumerate() {
                let entry_path = path.key(&entry.key);
                if entries[..index].iter().any(|earlier| earlier.key == entry.key) {
                    into.push((entry_path.clone(), entry.key_at));
                }
                collect_repeated_keys(&entry.value, &entry_path, into);
            }
        }
        Node::Array { items, .. } => {
            for (index, item) in items.iter().enumerate() {
                collect_repeated_keys(item, &path.index(index), into);
            }
        }
        Node::Scalar { .. } => {}
    }
}

/// Deeper than `serde_json` ever accepts (128), so valid documents are scanned whole, and deep
/// enough garbage cannot overflow the stack.
const MAX_DEPTH: usize = 256;

struct Scanner<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
    column: usize,
}

impl Scanner<'_> {
    fn position(&self) -> Position {
        Position { line: self.line, column: self.column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.offset).copied()
    }

    fn bump(&mut self) {
        let Some(byte) = self.peek() else { return };
        self.offset += 1;
        if byte == b'\n' {
            self.line += 1;
            self.column = 1;
        } else if byte & 0b1100_0000 != 0b1000_0000 {
            // UTF-8 continuation bytes belong to the character already counted.
            self.column += 1;
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        let at = self.position();
        match self.peek()? {
            b'{' => {
                self.bump();
                let mut entries = Vec::new();
                loop {
                    self.skip_whitespace();
                    match self.peek()? {
                        b'}' => {
                            self.bump();
                            break;
                        }
                        b',' => {
                            self.bump();
                            continue;
                        }
                        b'"' => {}
                        _ => return None,
                    }
                    let key_at = self.position();
                    let key = self.string()?;
                    self.skip_whitespace();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.bump();
                    self.skip_whitespace();
                    let value = self.value(depth + 1)?;
                    entries.push(Entry { key, key_at, value });
                }
                Some(Node::Object { at, entries })
            }
            b'[' => {
                self.bump();
                let mut items = Vec::new();
                loop {
                    self.skip_whitespace();
                    match self.peek()? {
                        b']' => {
                            self.bump();
                            break;
                        }
                        b',' => {
                            self.bump();
                            continue;
                        }
                        _ => items.push(self.value(depth + 1)?),
                    }
                }
                Some(Node::Array { at, items })
            }
            b'"' => {
                self.string()?;
                Some(Node::Scalar { at })
            }
            _ => {
                let start = self.offset;
                while matches!(self.peek(), Some(byte) if !b",]} \t\n\r".contains(&byte)) {
                    self.bump();
                }
                // A stray `}` in a list (or `]` in an object) is no value at all; stopping here
                // keeps the caller's loop from collecting empty values forever.
                (self.offset > start).then_some(Node::Scalar { at })
            }
        }
    }

    /// Reads a string literal starting at its opening quote and returns its decoded text.
    fn string(&mut self) -> Option<String> {
        self.bump();
        let start = self.offset;
        let mut has_escapes = false;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' => {
                    has_escapes = true;
                    self.bump();
                    self.bump();
                }
                _ => self.bump(),
            }
        }
        let raw = self.bytes.get(start..self.offset)?;
        self.bump();
        if has_escapes {
            // Keys with escapes are rare; let serde_json decode them exactly.
            let quoted = self.bytes.get(start - 1..self.offset)?;
            serde_json::from_slice(quoted).ok()
        } else {
            String::from_utf8(raw.to_vec()).ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCUMENT: &str = r#"{
  "format": "x",
  "services": [
    { "id": "a" },
    {
      "id": "ä-b",
      "name": { "fi": "Å" }, "kind": 3
    }
  ],
  "k\"ey": [1, [2, 3]]
}"#;

    fn at(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    fn path(segments: &[Segment]) -> JsonPath {
        JsonPath(segments.to_vec())
    }

    fn key(name: &str) -> Segment {
        Segment::Key(name.into())
    }

    #[test]
    fn finds_values_and_keys() {
        let positions = Positions::scan(DOCUMENT);
        assert_eq!(positions.of_value(&JsonPath::root()), at(1, 1));
        assert_eq!(positions.of_value(&path(&[key("format")])), at(2, 13));
        assert_eq!(positions.of_key(&path(&[key("format")])), at(2, 3));
        let second = path(&[key("services"), Segment::Index(1)]);
        assert_eq!(positions.of_value(&second), at(5, 5));
        assert_eq!(positions.of_value(&second.key("id")), at(6, 13));
        // Columns count characters: "Å" is two bytes but one column.
        assert_eq!(positions.of_value(&second.key("kind")), at(7, 38));
        assert_eq!(
            positions.of_value(&path(&[key("k\"ey"), Segment::Index(1), Segment::Index(1)])),
            at(10, 20)
        );
    }

    #[test]
    fn a_missing_path_falls_back_to_its_nearest_ancestor() {
        let positions = Positions::scan(DOCUMENT);
        let missing = path(&[key("services"), Segment::Index(0), key("name"), key("fi")]);
        assert_eq!(positions.of_value(&missing), at(4, 5));
        assert_eq!(positions.of_value(&path(&[key("services"), Segment::Index(9)])), at(3, 15));
        assert_eq!(positions.of_value(&path(&[key("format"), key("deeper")])), at(2, 13));
    }

    #[test]
    fn repeated_keys_are_reported_at_the_later_occurrence() {
        let positions = Positions::scan("{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}, \"a\": 3}");
        assert_eq!(
            positions.repeated_keys(),
            vec![(path(&[key("b"), key("c")]), at(2, 16)), (path(&[key("a")]), at(2, 25))]
        );
        assert_eq!(positions.of_value(&path(&[key("a")])), at(2, 30));
        assert!(Positions::scan(DOCUMENT).repeated_keys().is_empty());
    }

    #[test]
    fn garbage_never_panics() {
        // `[}` and `{"a": }` once made the scanner loop, collecting empty values (found by
        // fuzzing).
        let texts = [
            "",
            "{",
            "[1,",
            "\"abc",
            "{\"a\"",
            "{\"a\":",
            "\\",
            "{\"\\",
            "[[[[",
            "é",
            "[}",
            "{\"a\": }",
        ];
        for text in texts {
            let positions = Positions::scan(text);
            let _ = positions.of_value(&path(&[key("a"), Segment::Index(0)]));
            let _ = positions.repeated_keys();
        }
        let deep = "[".repeat(100_000);
        assert_eq!(Positions::scan(&deep).of_value(&JsonPath::root()), Position::START);
    }
}
