import ArgumentParser

/// `--color` and `--emoji`: whether output is decorated.
struct StyleOptions: ParsableArguments {
    /// When to decorate.
    enum When: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Option(help: "Colour output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: When = .auto

    @Option(help: "Emoji in output: auto (on a terminal), always or never.")
    var emoji: When = .auto

    /// The style these options give on `console`.
    func style(on console: Console) -> OutputStyle {
        let noColor = !(console.environment["NO_COLOR"] ?? "").isEmpty
        return OutputStyle(
            colour: color == .always || (color == .auto && console.isTerminal && !noColor),
            emoji: emoji == .always || (emoji == .auto && console.isTerminal))
    }
}

/// How text is decorated: ANSI colours and emoji, each on or off.
struct OutputStyle: Equatable {
    /// Whether ANSI colour codes are written.
    var colour: Bool
    /// Whether emoji are written (plain words otherwise).
    var emoji: Bool

    /// No colour, no emoji: what a pipe gets.
    static let plain = OutputStyle(colour: false, emoji: false)

    /// An ANSI colour or attribute.
    enum Paint: String {
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36", bold = "1", dim = "2"
    }

    /// `text` in `paint` when colour is on; `text` unchanged otherwise.
    func paint(_ text: String, _ paint: Paint) -> String {
        colour ? "\u{1B}[\(paint.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// `emoji + " "` when emoji are on, otherwise `plain` (which may be empty).
    func mark(_ emoji: String, plain: String) -> String {
        self.emoji ? emoji + " " : (plain.isEmpty ? "" : plain + " ")
    }
}
