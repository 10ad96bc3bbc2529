/// What the publisher is doing, for a progress line: reported when a step starts, while a file's
/// bytes travel, when it is done, and before a retry after a dropped connection.
package struct PublishProgress: Sendable, Equatable {
    package enum Phase: Sendable, Equatable {
        case started
        case sending(bytes: Int64)
        case finished
        case retrying(attempt: Int, afterSeconds: Double)
        /// The manifest on the target was brought up to date.
        case recorded
    }

    /// 0-based index of the step in the plan, and the plan's number of steps.
    package let index: Int
    package let count: Int
    /// Nil while the manifest itself is written.
    package let step: PublishPlan.Step?
    package let phase: Phase
    /// Bytes of the whole plan sent so far, and in all.
    package let bytesDone: Int64
    package let bytesTotal: Int64
}
