import Foundation

/// The `warta` executable built beside the tests, run as a separate process: for what only a real
/// process shows (being killed, its peak memory).
package enum WartaProcess {
    package static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("warta")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return FixtureProject.repositoryRoot.appendingPathComponent(".build/debug/warta")
    }

    package static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs to the end; returns the exit status and the peak resident memory of finished children, in bytes.
    package static func run(_ arguments: [String]) throws -> (status: Int32, peakBytes: Int) {
        let process = try start(arguments)
        process.waitUntilExit()
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return (process.terminationStatus, usage.ru_maxrss * 1024)
    }
}
