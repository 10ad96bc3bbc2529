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

@Suite struct MadeOnceTests {
    @Test func valuesAreMadeOnceAndTheOldestForgottenBeyondTheLimit() {
        let cache = MadeOnce<Int, String>(limit: 3)
        var made: [Int] = []
        func value(_ key: Int) -> String { cache.value(key) { made.append(key); return "v\(key)" } }
        #expect([1, 2, 3, 1, 2, 3].map(value) == ["v1", "v2", "v3", "v1", "v2", "v3"])
        #expect(made == [1, 2, 3])
        _ = value(4)  // forgets 1, the oldest
        _ = value(2)
        _ = value(1)  // made again; forgets 2
        _ = value(2)
        #expect(made == [1, 2, 3, 4, 1, 2])
        for key in 5...20 { _ = value(key) }
        _ = value(20)
        #expect(made.count == 22, "the most recent value is kept")
    }

    @Test func withoutALimitNothingIsForgotten() {
        let cache = MadeOnce<Int, Int>()
        var count = 0
        for round in 0..<2 { for key in 0..<1000 { #expect(cache.value(key) { count += 1; return key * 2 } == key * 2, "round \(round)") } }
        #expect(count == 1000)
    }
}
