import WartaCore
/// Reads numbers the way people type them into spreadsheets in one language: `1.234.567,89`,
/// `−0,25`, `12 %` and `Rp 15.000` in Indonesian; `1,234,567.89` in English.
///
/// Grouping is checked strictly (every group after the first has exactly three digits, and the first
/// does not start with 0) because that is the only thing telling `1.234` (a thousand) apart from a
/// number typed in the other language's style: with Indonesian style `1.23` or `0.5` is rejected
/// instead of silently becoming 123 or 5.
package struct NumberParser: Sendable {
    package let style: NumberStyle
    private let groupSeparator: [UInt8]
    private let decimalSeparator: [UInt8]

    package init(style: NumberStyle) {
        self.style = style
        groupSeparator = Array(style.groupSeparator.utf8)
        decimalSeparator = Array(style.decimalSeparator.utf8)
    }

    /// The value, or nil when the text is not a number in this style. Empty text is nil too: callers
    /// treat an empty cell as a missing value, never as zero.
    ///
    /// A trailing `%` is dropped without scaling (`12%` → 12), matching how datasets state percentages.
    package func parse(_ text: String) -> Double? {
        var rest = Substring(text).utf8
        trimWhitespace(&rest)
        if rest.last == Self.percentSign {
            rest.removeLast()
            trimWhitespace(&rest)
        }

        var sign = consumeSign(&rest)
        if consumeCurrency(&rest), sign == nil { sign = consumeSign(&rest) }

        guard let integerDigits = consumeIntegerDigits(&rest) else { return nil }
        var number = (sign ?? "") + integerDigits
        if !decimalSeparator.isEmpty, consume(decimalSeparator, from: &rest) {
            let fraction = consumeDigits(&rest)
            guard !fraction.isEmpty else { return nil }
            number += "." + String(decoding: fraction, as: UTF8.self)
        }
        guard rest.isEmpty, let value = Double(number), value.isFinite else { return nil }
        return value
    }

    private static let percentSign = UInt8(ascii: "%")
    private static let minusSigns: [[UInt8]] = [Array("-".utf8), Array("\u{2212}".utf8)]
    private static let plusSign = Array("+".utf8)
    /// Space, tab, no-break space and narrow no-break space, which spreadsheets put inside and around
    /// formatted numbers.
    private static let whitespace: [[UInt8]] = [[0x20], [0x09], [0xC2, 0xA0], [0xE2, 0x80, 0xAF]]

    /// The sign as `Double(_:)` spells it, or nil when the text has none.
    private func consumeSign(_ rest: inout Substring.UTF8View) -> String? {
        if Self.minusSigns.contains(where: { consume($0, from: &rest) }) { return "-" }
        if consume(Self.plusSign, from: &rest) { return "" }
        return nil
    }

    /// `Rp`, `Rp.`, `Rp 15.000`: rupiah amounts are often typed with the currency in front.
    private func consumeCurrency(_ rest: inout Substring.UTF8View) -> Bool {
        guard let first = rest.first, first | 0x20 == UInt8(ascii: "r"),
              let second = rest.dropFirst().first, second | 0x20 == UInt8(ascii: "p")
        else { return false }
        rest.removeFirst(2)
        _ = consume([UInt8(ascii: ".")], from: &rest)
        trimWhitespace(&rest, leadingOnly: true)
        return true
    }

    /// The integer part without group separators, or nil when it is missing or badly grouped.
    private func consumeIntegerDigits(_ rest: inout Substring.UTF8View) -> String? {
        let firstGroup = consumeDigits(&rest)
        guard !firstGroup.isEmpty else { return nil }
        var digits = String(decoding: firstGroup, as: UTF8.self)
        guard !groupSeparator.isEmpty, rest.starts(with: groupSeparator) else { return digits }

        guard firstGroup.count <= 3, firstGroup.first != UInt8(ascii: "0") else { return nil }
        while consume(groupSeparator, from: &rest) {
            let group = consumeDigits(&rest)
            guard group.count == 3 else { return nil }
            digits += String(decoding: group, as: UTF8.self)
        }
        return digits
    }

    private func consumeDigits(_ rest: inout Substring.UTF8View) -> Substring.UTF8View {
        let digits = rest.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        rest = rest[digits.endIndex...]
        return digits
    }

    private func consume(_ token: [UInt8], from rest: inout Substring.UTF8View) -> Bool {
        guard rest.starts(with: token) else { return false }
        rest.removeFirst(token.count)
        return true
    }

    private func trimWhitespace(_ rest: inout Substring.UTF8View, leadingOnly: Bool = false) {
        while Self.whitespace.contains(where: { consume($0, from: &rest) }) {}
        guard !leadingOnly else { return }
        while let space = Self.whitespace.first(where: { rest.suffix($0.count).elementsEqual($0) }) {
            rest.removeLast(space.count)
        }
    }
}
