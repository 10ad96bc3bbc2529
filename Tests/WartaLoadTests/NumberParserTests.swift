import PropertyBased
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

@Suite struct NumberParserTests {
    static let indonesian = NumberParser(style: .indonesian)
    static let english = NumberParser(style: .english)

    @Test(arguments: [
        ("11.314", 11314),
        ("11314", 11314),
        ("4,20", 4.2),
        ("1.234.567,89", 1_234_567.89),
        ("-0,25", -0.25),
        ("\u{2212}0,25", -0.25),
        ("+7", 7),
        ("0", 0),
        ("0,5", 0.5),
        ("007", 7),
        ("12%", 12),
        ("12 %", 12),
        ("-4,5\u{A0}%", -4.5),
        ("Rp 15.000", 15000),
        ("Rp15.000", 15000),
        ("Rp. 1.500,50", 1500.5),
        ("rp\u{A0}2.000", 2000),
        ("-Rp 5.000", -5000),
        ("Rp -5.000", -5000),
        ("  42  ", 42),
        ("\t1.000\u{202F}", 1000),
    ] as [(String, Double)])
    func indonesianNumbers(text: String, value: Double) {
        #expect(Self.indonesian.parse(text) == value)
    }

    @Test(arguments: [
        "", "   ", "abc", "12a", "1e5", "-", "+", "%", "Rp", "Rp ",
        "4,2,0", "1.23", "1.2345", "1..234", "1.234.", "1.234.5", ".5", ",5", "4,", "0.123", "1234.567",
        "--1", "+-1", "-\u{2212}1", "-Rp -1", "12%%", "% 12", "1.234,5.6", "1 234", "4,2 0", "Rp 5 Rp",
        String(repeating: "9", count: 400),
    ])
    func indonesianRejects(text: String) {
        #expect(Self.indonesian.parse(text) == nil)
    }

    @Test func englishMirrorsIndonesian() {
        #expect(Self.english.parse("11,314") == 11314)
        #expect(Self.english.parse("4.20") == 4.2)
        #expect(Self.english.parse("1,234,567.89") == 1_234_567.89)
        #expect(Self.english.parse("-0.25") == -0.25)
        #expect(Self.english.parse("12 %") == 12)
        #expect(Self.english.parse("Rp 15,000") == 15000)
        for rejected in ["1,23", "1.234,5", "4.2.0", "0,123", "4."] {
            #expect(Self.english.parse(rejected) == nil, "\(rejected)")
        }
    }

    @Test func styleWithoutGroupingAcceptsOnlyPlainDigits() {
        let parser = NumberParser(style: NumberStyle(groupSeparator: "", decimalSeparator: ","))
        #expect(parser.parse("11314,5") == 11314.5)
        #expect(parser.parse("11.314") == nil)
    }

    /// Whatever `NumberStyle.format` prints, the parser reads back as the same value.
    @Test func readsBackFormattedNumbers() async {
        let hundredths = Gen.int(in: -1_000_000_000_000...1_000_000_000_000)
        let fractionDigits = Gen.int(in: 0...2)
        let style = Gen<NumberStyle?>.element(of: [NumberStyle.indonesian, .english]).map { $0! }
        await propertyCheck(count: 1000, input: hundredths, fractionDigits, style) { units, digits, style in
            let scale = [1.0, 10.0, 100.0][digits]
            let value = Double(units) / scale
            let text = style.format(value, fractionDigits: digits)
            #expect(NumberParser(style: style).parse(text) == value, "\(text)")
        }
    }
}
