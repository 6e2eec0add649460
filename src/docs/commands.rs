//! `reference/commands.md`: the help of every command, as the argument parser prints it.

use clap::CommandFactory;

use crate::cli::Cli;

/// Help is wrapped at a fixed width, not the terminal's, so that the page is the same wherever
/// it is generated.
const WIDTH: usize = 100;

pub fn page() -> String {
    let mut cli = Cli::command().term_width(WIDTH).max_term_width(WIDTH);
    // Building gives each subcommand its full name for its usage line (`notice build`).
    cli.build();
    let mut out = format!(
        "{}\n\n# Commands\n\nThe help of every command, as `notice <command> --help` prints it. \
         Exit codes: 0 when all is well, 1 for findings (stale outputs with `--check`, a material \
         change with `diff`), 2 when the command could not run.\n\n",
        super::MARKER
    );
    section(&mut cli, &mut out);
    out.trim_end().to_owned() + "\n"
}

fn section(cmd: &mut clap::Command, out: &mut String) {
    let name = cmd
        .get_bin_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_owned();
    // clap pads the blank lines between an option and its default; an editor that strips
    // trailing spaces would otherwise make the page stale.
    let help: Vec<String> = cmd
        .render_long_help()
        .to_string()
        .lines()
        .map(|l| l.trim_end().to_owned())
        .collect();
    out.push_str(&format!(
        "## `{name}`\n\n```text\n{}\n```\n\n",
        help.join("\n").trim_end()
    ));
    for sub in cmd.get_subcommands_mut() {
        if !sub.is_hide_set() && sub.get_name() != "help" {
            section(sub, out);
        }
    }
}
