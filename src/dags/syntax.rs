//! Parsing, syntax errors and the size limits that keep the evaluator's recursion bounded.

use tree_sitter::{Node, Parser, Tree};

use super::{ErrorKind, SyntaxError};

/// Larger than any hand-written or generated DAG file we know of. Parsing is linear, but error
/// recovery on garbage costs about 2 µs a byte, so this bounds one hostile file to seconds.
pub(super) const MAX_SOURCE_BYTES: usize = 8 * 1024 * 1024;

/// Syntax-tree depth the evaluator may recurse into, sized so that the deepest accepted file
/// fits a 2 MiB thread stack even in a debug build. Real DAG files stay far below it: CPython
/// itself refuses more than 200 nested brackets and 100 indentation levels.
pub(super) const MAX_TREE_DEPTH: usize = 500;

pub(super) struct Parsed {
    pub tree: Tree,
    /// Number of syntax nodes, which scales the evaluator's step budget.
    pub nodes: usize,
}

pub(super) fn parse(source: &str) -> Result<Parsed, SyntaxError> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(too_complex(
            1,
            format!(
                "file is larger than {} MiB; too large to analyse",
                MAX_SOURCE_BYTES >> 20
            ),
        ));
    }
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_python::LANGUAGE.into())
        .map_err(|err| too_complex(1, format!("Python grammar unavailable: {err}")))?;
    // `parse` only returns None when cancelled or without a language, neither of which happens.
    let tree = parser
        .parse(source, None)
        .ok_or_else(|| too_complex(1, "parser gave up".to_owned()))?;
    let nodes = check(&tree, source)?;
    Ok(Parsed { tree, nodes })
}

/// Walks the whole tree once, iteratively (so hostile nesting cannot overflow the stack), and
/// returns the node count, or the first problem in document order.
fn check(tree: &Tree, source: &str) -> Result<usize, SyntaxError> {
    let mut cursor = tree.walk();
    let mut depth = 0usize;
    let mut count = 0usize;
    loop {
        let node = cursor.node();
        count += 1;
        if let Some(message) = syntax_problem(node, source) {
            return Err(SyntaxError {
                line: line_of(node),
                message,
                kind: ErrorKind::Syntax,
            });
        }
        if let Some((line, message)) = indentation_problem(node) {
            return Err(SyntaxError {
                line,
                message: message.to_owned(),
                kind: ErrorKind::Syntax,
            });
        }
        if depth > MAX_TREE_DEPTH {
            return Err(too_complex(
                line_of(node),
                format!(
                    "code is nested more than {MAX_TREE_DEPTH} levels deep; too deep to analyse"
                ),
            ));
        }
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return Ok(count);
            }
            depth -= 1;
        }
    }
}

fn syntax_problem(node: Node, source: &str) -> Option<String> {
    if node.is_missing() {
        return Some(format!("invalid syntax: missing `{}`", node.kind()));
    }
    if node.is_error() {
        return Some(match first_token(node, source) {
            Some(token) => format!("invalid syntax near `{token}`"),
            None => "invalid syntax".to_owned(),
        });
    }
    // The grammar still accepts these Python 2 statements; Python 3 does not.
    match node.kind() {
        "print_statement" => {
            Some("Python 2 `print` statement (Python 3 needs `print(...)`)".into())
        }
        "exec_statement" => Some("Python 2 `exec` statement (Python 3 needs `exec(...)`)".into()),
        _ => None,
    }
}

/// The grammar accepts a dedent to a column that matches no enclosing block; CPython refuses it.
/// Every statement that starts a line in a block must start at the block's column (column 0
/// for the module).
fn indentation_problem(node: Node) -> Option<(usize, &'static str)> {
    let expected = match node.kind() {
        "module" => 0,
        "block" => {
            let first = first_statement(node)?;
            // `if x: pass` puts the block on the header's line, where any column is fine.
            if node
                .parent()
                .is_some_and(|parent| parent.start_position().row == first.start_position().row)
            {
                return None;
            }
            first.start_position().column
        }
        _ => return None,
    };
    let mut cursor = node.walk();
    let mut previous_end = None;
    for statement in node
        .named_children(&mut cursor)
        .filter(|child| child.kind() != "comment")
    {
        let start = statement.start_position();
        let starts_line = previous_end != Some(start.row);
        previous_end = Some(statement.end_position().row);
        if starts_line && start.column != expected {
            let message = if start.column > expected {
                "unexpected indent"
            } else {
                "unindent does not match any outer indentation level"
            };
            return Some((start.row + 1, message));
        }
    }
    None
}

fn first_statement(block: Node) -> Option<Node> {
    let mut cursor = block.walk();
    block
        .named_children(&mut cursor)
        .find(|child| child.kind() != "comment")
}

/// The first token of an error node, shortened, so the message points at something visible.
fn first_token<'s>(node: Node, source: &'s str) -> Option<&'s str> {
    let mut leaf = node;
    while let Some(child) = leaf.child(0) {
        leaf = child;
    }
    let text = source.get(leaf.byte_range())?.trim();
    if text.is_empty() {
        return None;
    }
    let end = text.char_indices().nth(40).map_or(text.len(), |(at, _)| at);
    Some(text[..end].lines().next().unwrap_or(""))
}

pub(super) fn line_of(node: Node) -> usize {
    node.start_position().row + 1
}

pub(super) fn too_complex(line: usize, message: String) -> SyntaxError {
    SyntaxError {
        line,
        message,
        kind: ErrorKind::TooComplex,
    }
}
