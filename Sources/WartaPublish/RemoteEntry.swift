/// One entry of a target folder's listing. Listings give times at different precisions (FTP's MLSD
/// and a mounted folder to the second, SFTP's `ls -l` lines to the minute or the day), so the time
/// is the window the real modification time lies in.
struct RemoteEntry: Equatable, Sendable {
    let name: String
    let isDirectory: Bool
    let size: Int64
    let modifiedEarliest: Int64
    let modifiedLatest: Int64

    func mayHaveBeenModified(at seconds: Int64) -> Bool {
        modifiedEarliest <= seconds && seconds <= modifiedLatest
    }
}
