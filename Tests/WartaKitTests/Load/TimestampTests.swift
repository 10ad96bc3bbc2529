import Foundation
import Testing
@testable import WartaKit

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
