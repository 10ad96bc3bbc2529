import Foundation
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

@Suite struct TimestampTests {
    let pontianak = TimeZone(identifier: "Asia/Pontianak")!

    @Test func dateOnlyMeansMidnightInTheSiteZone() throws {
        let stamp = try #require(Timestamp.parse("2024-11-12", in: pontianak))
        #expect(stamp.rfc3339 == "2024-11-12T00:00:00+07:00")
        #expect(stamp.localDay == CalendarDay(year: 2024, month: 11, day: 12))
    }

    @Test func explicitOffsetsAreConvertedToTheSiteZone() throws {
        let utc = try #require(Timestamp.parse("2024-11-11T20:30:00Z", in: pontianak))
        #expect(utc.rfc3339 == "2024-11-12T03:30:00+07:00")
        #expect(utc.localDay.day == 12)
        let jakarta = try #require(Timestamp.parse("2024-11-12T10:00:00+07:00", in: pontianak))
        #expect(jakarta.rfc3339 == "2024-11-12T10:00:00+07:00")
    }

    /// Written digit by digit: the same text as formatting each field, for offsets east and west,
    /// a year below 1000 and the last second of 9999.
    @Test func rfc3339WritesEveryFieldInFull() {
        var calendar = Calendar(identifier: .gregorian)
        for offset in [25_200, -12_600, 0, 20_700] {
            calendar.timeZone = TimeZone(secondsFromGMT: offset)!
            for seconds: Int64 in [0, -1, 1_700_000_000, 1_731_369_599, 253_402_300_799] {
                let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                                    from: Date(timeIntervalSince1970: TimeInterval(seconds)))
                let sign = offset < 0 ? "-" : "+"
                let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", parts.year!, parts.month!, parts.day!,
                                      parts.hour!, parts.minute!, parts.second!, sign, abs(offset) / 3600, abs(offset) / 60 % 60)
                #expect(Timestamp(secondsSince1970: seconds, utcOffsetSeconds: offset).rfc3339 == expected, "\(seconds) at \(offset)")
            }
        }
        let early = Int64(CalendarDay(year: 999, month: 6, day: 5).daysSinceEpoch) * 86_400 + 3_723
        #expect(Timestamp(secondsSince1970: early, utcOffsetSeconds: 0).rfc3339 == "0999-06-05T01:02:03+00:00")
    }

    @Test func rejectsImpossibleDates() {
        for text in ["2024-13-01", "2024-02-30", "12-11-2024", "2024-11-12T25:00:00+07:00", "kemarin", "2024-11-12T10:00+7",
                     "+123-11-12", "2024-+1-12", "2024-11-1 ", "２０２４-11-12", "2024/11/12"] {
            #expect(Timestamp.parse(text, in: pontianak) == nil, "\(text)")
        }
    }

    @Test func spacesAroundTheValueAreIgnored() throws {
        for text in [" 2024-11-12", "2024-11-12\t", "\u{A0}2024-11-12\u{A0}"] {
            let stamp = try #require(Timestamp.parse(text, in: pontianak), "\(text)")
            #expect(stamp.localDay == CalendarDay(year: 2024, month: 11, day: 12))
        }
    }

    @Test func weekdaysMatchTheCalendar() {
        let strings = UIStrings.indonesian
        #expect(strings.longDate(CalendarDay(year: 2024, month: 11, day: 12)) == "Selasa, 12 November 2024")
        #expect(strings.longDate(CalendarDay(year: 2000, month: 1, day: 1)) == "Sabtu, 1 Januari 2000")
        #expect(strings.longDate(CalendarDay(year: 2026, month: 11, day: 30)) == "Senin, 30 November 2026")
        for days in stride(from: -1000, to: 30000, by: 37) {
            #expect(CalendarDay(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }
}
