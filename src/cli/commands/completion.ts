import { Argument, Command } from "commander";

// Commander has no completion generator; these scripts are written from the command tree itself,
// so they stay true as commands change.

type Node = { name: string; commands: Node[]; options: string[] };

const tree = (command: Command): Node => ({
  name: command.name(),
  commands: command.commands.map(tree),
  options: command.options.flatMap((o) => [o.short, o.long].filter((f): f is string => Boolean(f))),
});

function bash(root: Node): string {
  const cases = [root, ...root.commands.flatMap((c) => [c, ...c.commands.map((s) => ({ ...s, name: `${c.name} ${s.name}` }))])]
    .map((node) => {
      const key = node === root ? "" : node.name;
      const words = [...node.commands.map((c) => c.name), ...node.options, ...(node === root ? [] : root.options)].join(" ");
      return `    "${key}") words="${words}" ;;`;
    })
    .join("\n");
  return `# roster completion for bash: source <(roster completion bash)
_roster() {
  local cur path="" i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) path="\${path:+$path }\${COMP_WORDS[i]}" ;; esac
  done
  local words=""
  case "$path" in
${cases}
    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _roster roster
`;
}

function zsh(root: Node): string {
  return `#compdef roster
# roster completion for zsh: source <(roster completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash(root).split("\n").slice(1).join("\n")}`;
}

function fish(root: Node): string {
  const lines = ["# roster completion for fish: roster completion fish | source", "complete -c roster -f"];
  for (const option of root.options.filter((o) => o.startsWith("--"))) lines.push(`complete -c roster -l ${option.slice(2)}`);
  for (const command of root.commands) {
    lines.push(`complete -c roster -n "__fish_use_subcommand" -a ${command.name}`);
    for (const sub of command.commands) {
      lines.push(`complete -c roster -n "__fish_seen_subcommand_from ${command.name}; and not __fish_seen_subcommand_from ${command.commands.map((c) => c.name).join(" ")}" -a ${sub.name}`);
      for (const option of sub.options.filter((o) => o.startsWith("--"))) {
        lines.push(`complete -c roster -n "__fish_seen_subcommand_from ${command.name}; and __fish_seen_subcommand_from ${sub.name}" -l ${option.slice(2)}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

export function completionCommand(program: Command): Command {
  return new Command("completion")
    .description("Print a shell completion script")
    .addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"]))
    .addHelpText("after", "\nExamples:\n  $ source <(roster completion bash)      # in ~/.bashrc\n  $ roster completion fish | source")
    .action((shell: "bash" | "zsh" | "fish") => {
      const root = tree(program);
      process.stdout.write({ bash, zsh, fish }[shell](root));
    });
}
