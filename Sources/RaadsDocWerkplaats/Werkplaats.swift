import Dispatch
import Hummingbird
import RaadsDocCore
import RaadsDocTaal

/// `raadsdoc werkplaats`: a web server on 127.0.0.1 that serves one
/// folder's documents to a page in the browser, behind `AccessGuard`.
/// The document work is `DocumentDesk`'s; this type maps requests to it.
package final class Werkplaats: Sendable {
    package let desk: DocumentDesk
    /// The secret of this run, in the link the command prints.
    package let token: String
    /// The most a request body may hold: an input file's limit, and a bit
    /// for the form around it.
    package static let maximumBody = YAMLLoader.maximumFileSize + 64 * 1024
    private let port = AccessGuard<BasicRequestContext>.Port()

    package init(folder: WerkplaatsFolder, outputDirectory: String, token: String = Werkplaats.randomToken(),
                 languageReviewer: LanguageReviewer? = nil) {
        desk = DocumentDesk(folder: folder, outputDirectory: outputDirectory, languageReviewer: languageReviewer)
        self.token = token
    }

    /// 32 random bytes as hex: the one thing in raadsdoc that is random.
    package static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in
            let byte = UInt8.random(in: 0...255, using: &generator)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }

    /// The address to open, with the token, once the server listens.
    package func link(port: Int) -> String {
        "http://127.0.0.1:\(port)/?token=\(token)"
    }

    /// Runs the server on 127.0.0.1:`port` (0: any free port) until the
    /// task is cancelled or the process gets SIGINT/SIGTERM; `onRunning`
    /// gets the port it listens on.
    package func run(port requested: Int, onRunning: @escaping @Sendable (Int) -> Void) async throws {
        let application = Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: requested), serverName: nil),
            onServerRunning: { [port] channel in
                let bound = channel.localAddress?.port ?? requested
                port.set(bound)
                onRunning(bound)
            })
        try await application.runService()
    }

    private func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders())
        router.add(middleware: AccessGuard(token: token, port: port))
        router.get("/") { _, _ in StaticFiles.page() }
        router.get("/static/:name") { _, context in StaticFiles.own(context.parameters.get("name") ?? "") }
        router.get("/codemirror/**") { request, _ in
            StaticFiles.codeMirror(String(request.uri.path.dropFirst("/codemirror/".count)))
        }
        router.get("/api/documenten") { _, _ in await self.work { $0.list() } }
        router.get("/api/soorten") { _, _ in await self.work { $0.kinds() } }
        router.get("/api/document") { request, _ in await self.work { $0.open(Self.path(request)) } }
        router.get("/api/odt") { request, _ in await self.work { $0.odt(Self.path(request)) } }
        router.get("/api/pdf") { request, _ in await self.work { $0.pdf(Self.path(request)) } }
        router.post("/api/controle") { request, _ in
            await self.withBody(request) { desk, body in desk.check(body, as: Self.path(request)) }
        }
        router.post("/api/voorbeeld") { request, _ in
            await self.withBody(request) { desk, body in desk.preview(body, as: Self.path(request)) }
        }
        router.post("/api/opslaan") { request, _ in
            let version = request.uri.queryParameters["versie"].map(String.init) ?? ""
            return await self.withBody(request) { desk, body in desk.save(body, as: Self.path(request), version: version) }
        }
        router.post("/api/nieuw") { request, _ in
            let soort = request.uri.queryParameters["soort"].map(String.init) ?? ""
            return await self.work { $0.create(soort: soort, name: Self.path(request)) }
        }
        return router
    }

    private static func path(_ request: Request) -> String {
        request.uri.queryParameters["pad"].map(String.init) ?? ""
    }

    /// Runs the desk's blocking work (files, checks, LibreOffice) off the
    /// server's threads.
    private func work(_ job: @escaping @Sendable (DocumentDesk) -> Reply) async -> Response {
        let desk = desk
        let reply = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: job(desk)) }
        }
        return Self.response(reply)
    }

    /// `job` with the request's body, refused above `maximumBody`.
    private func withBody(_ request: Request, _ job: @escaping @Sendable (DocumentDesk, [UInt8]) -> Reply) async -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Self.maximumBody {
            return Self.tooLarge
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: Self.maximumBody)
        } catch {
            return Self.tooLarge
        }
        let bytes = Array(body.readableBytesView)
        return await work { job($0, bytes) }
    }

    private static var tooLarge: Response {
        response(.message("De tekst is groter dan \(maximumBody / 1024) KiB; de werkplaats neemt zo veel niet aan.", status: 413))
    }

    static func response(_ reply: Reply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = reply.contentType
        for (name, value) in reply.headers {
            if let field = HTTPFields.Element.Name(name) { headers[field] = value }
        }
        return Response(status: HTTPResponse.Status(code: reply.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
    }
}

/// Headers on every answer: nothing of the page runs or loads from
/// elsewhere, no other site may frame it, and the browser never guesses
/// a type.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        if let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy") { response.headers[referrerPolicy] = "no-referrer" }
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
