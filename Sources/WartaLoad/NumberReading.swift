import WartaCore
/// What a cell says as a number in each of the two ways of writing numbers: `4,20` only in
/// Indonesian, `4.45` only in English, `11314` the same in both, and `1.234` or `"2,345"` one
/// number in each (a thousand or a fraction), which is the ×1000 mistake a site must never make.
package enum NumberReading: Equatable, Sendable {
    case notANumber
    case same(Double)
    case only(NumberStyle, Double)
    case differs(indonesian: Double, english: Double)

    private static let indonesian = NumberParser(style: .indonesian)
    private static let english = NumberParser(style: .english)

    /// `wholeNumbers`: the column counts things, so of two readings only the whole one is possible
    /// and `1.234` families can only be a thousand.
    package init(_ text: String, wholeNumbers: Bool) {
        let asIndonesian = Self.indonesian.parse(text)
        let asEnglish = Self.english.parse(text)
        switch (asIndonesian, asEnglish) {
        case (nil, nil): self = .notANumber
        case (let id?, nil): self = .only(.indonesian, id)
        case (nil, let en?): self = .only(.english, en)
        case (let id?, let en?) where id == en: self = .same(id)
        case (let id?, let en?):
            // A fraction of a family is impossible, so the other reading is the one meant. A lone
            // fractional reading is kept, to be reported as a fraction in a count column.
            if wholeNumbers, id.rounded() != id, en.rounded() == en {
                self = .only(.english, en)
            } else if wholeNumbers, en.rounded() != en, id.rounded() == id {
                self = .only(.indonesian, id)
            } else {
                self = .differs(indonesian: id, english: en)
            }
        }
    }

    /// The value in `style`, or nil when the cell is not a number written that way.
    package func value(in style: NumberStyle) -> Double? {
        switch self {
        case .notANumber: nil
        case .same(let value): value
        case .only(let written, let value): written == style ? value : nil
        case .differs(let id, let en): style == .indonesian ? id : en
        }
    }
}
