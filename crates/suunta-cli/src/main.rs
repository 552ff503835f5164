//! `suunta-cli`: the catalogue maintainers' tool. Each subcommand lives in its own module with a
//! `run(args) -> ExitCode`; this file only dispatches.

use std::process::ExitCode;

const USAGE: &str = "\
usage: suunta-cli <command> [arguments]

commands:
  help                       show this help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let _ = rest;
    match command.as_str() {
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("suunta-cli: unknown command '{other}'\n");
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
