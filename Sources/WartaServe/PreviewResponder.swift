import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import WartaSite

/// Answers the browser: the built site under the base URL's path, the site's own 404 page with
/// status 404, and the preview's own endpoints under `/_warta/`.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let builder: PreviewBuilder
    let hub: ReloadHub

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var headers = HTTPFields()
            headers[.allow] = "GET, HEAD"
            return Self.text(.methodNotAllowed, "method not allowed\n", headers: headers)
        }
        let response = route(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func route(_ request: Request) -> Response {
        guard let path = request.uri.path.removingPercentEncoding, !path.contains("\0") else {
            return Self.text(.badRequest, "bad request\n")
        }
        switch path {
        case LiveReload.eventsPath: return events()
        case LiveReload.scriptPath:
            return Self.bytes(Array(LiveReload.script(strings: PreviewStrings(builder.facts.locale.messages)).utf8), type: ContentTypes.forPath("live.js"))
        case LiveReload.statusPath: return status()
        default: break
        }

        let base = builder.facts.basePath
        if path == "/" && base != "/" || path + "/" == base {
            return Self.redirect(to: base)
        }
        guard path.hasPrefix(base) else { return notFound() }
        let relative = String(path.dropFirst(base.count))
        let segments = relative.split(separator: "/", omittingEmptySubsequences: false)
        // No climbing out of the site, and no hidden files (the output marker, the staging folder).
        if segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) { return notFound() }

        let file = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        let url = builder.output.appendingPathComponent(file)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return notFound()
        }
        if isDirectory.boolValue {
            // As a web host does: `/berita` → `/berita/`, so that relative links resolve.
            var target = request.uri.path + "/"
            if let query = request.uri.query { target += "?" + query }
            return Self.redirect(to: target, status: .movedPermanently)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return notFound() }
        return page([UInt8](data), type: ContentTypes.forPath(file), status: .ok)
    }

    /// A file as sent: HTML gets the live-reload script, nothing is cached.
    private func page(_ bytes: [UInt8], type: String, status: HTTPResponse.Status) -> Response {
        let body = ContentTypes.isHTML(type) ? LiveReload.inject(into: bytes, version: hub.token(hub.current)) : bytes
        return Self.bytes(body, type: type, status: status)
    }

    private func notFound() -> Response {
        let site = builder.output
        if let data = FileManager.default.contents(atPath: site.appendingPathComponent(SiteRoutes.notFound).path) {
            return page([UInt8](data), type: ContentTypes.forPath(SiteRoutes.notFound), status: .notFound)
        }
        // No site yet (no build has succeeded): a page in the site's language for the overlay to cover.
        let facts = builder.facts
        if !FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path) {
            let html = LiveReload.placeholderPage(strings: PreviewStrings(facts.locale.messages), siteTitle: facts.title)
            return page(Array(html.utf8), type: ContentTypes.forPath("index.html"), status: .serviceUnavailable)
        }
        return Self.text(.notFound, facts.locale.strings.notFoundTitle + "\n")
    }

    private func events() -> Response {
        let stream = hub.subscribe()
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for await message in stream {
                try await writer.write(ByteBuffer(string: message))
            }
            try await writer.finish(nil)
        })
    }

    private func status() -> Response {
        let state = hub.current
        let status = PreviewStatus(
            version: hub.token(state), basePath: state.basePath, ok: state.problems == nil,
            problems: state.problems?.problems ?? [], lastBuild: state.lastBuild, listeners: hub.listenerCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(status)) ?? Data("{}".utf8)
        return Self.bytes([UInt8](data), type: ContentTypes.forPath("status.json"))
    }

    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = HTTPFields()) -> Response {
        var headers = headers
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = HTTPFields()) -> Response {
        bytes(Array(text.utf8), type: ContentTypes.forPath("x.txt"), status: status, headers: headers)
    }

    static func redirect(to target: String, status: HTTPResponse.Status = .found) -> Response {
        var headers = HTTPFields()
        headers[.location] = target
        return bytes([], type: ContentTypes.forPath("x.txt"), status: status, headers: headers)
    }
}

/// `/_warta/status`: the state of the preview as JSON, for tools and tests.
struct PreviewStatus: Encodable {
    var version: String
    var basePath: String
    var ok: Bool
    var problems: [PreviewProblems.Problem]
    var lastBuild: ReloadHub.LastBuild?
    var listeners: Int
}
