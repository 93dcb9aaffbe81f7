import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Layout and render in a forked child (`cg_render_in_child`), within ``RenderLimits``.
/// The parent reads the bytes and messages from two pipes until they close or time runs
/// out, stops the child then, and always reaps it. Callers hold ``GraphvizContext``'s lock,
/// so no other thread is inside Graphviz when the process forks.
enum ChildRenderer {
    /// A PNG is drawn as the in-process renderer draws it: the child sends the bitmap
    /// (``Renderer/bitmapFormat(_:context:format:)``) and ``BitmapPNG`` compresses it here.
    static func render(_ graph: GraphPointer, context: GraphvizContext, layout: String, format: String,
                       limits: RenderLimits) throws(GraphvizError) -> Rendering {
        if let bitmap = Renderer.bitmapFormat(graph, context: context, format: format) {
            let drawn = try renderInChild(graph, context: context, layout: layout, format: bitmap, limits: limits)
            if let png = BitmapPNG.png(fromBMP: drawn.data) { return Rendering(data: png, warnings: drawn.warnings) }
        }
        return try renderInChild(graph, context: context, layout: layout, format: format, limits: limits)
    }

    private static func renderInChild(_ graph: GraphPointer, context: GraphvizContext, layout: String, format: String,
                                      limits: RenderLimits) throws(GraphvizError) -> Rendering {
        var dataPipe: [Int32] = [-1, -1], messagePipe: [Int32] = [-1, -1]
        guard makePipe(&dataPipe) else { throw systemFailure(layout, "cannot make a pipe") }
        guard makePipe(&messagePipe) else {
            close(dataPipe[0]); close(dataPipe[1])
            throw systemFailure(layout, "cannot make a pipe")
        }
        let memory = UInt64(max(0, limits.memory ?? 0))
        // The child inherits the seed, so its layout is the one made in-process.
        Renderer.seedRandomNumbers()
        let pid = cg_render_in_child(context.gvc, graph, layout, format, dataPipe[1], messagePipe[1], memory)
        close(dataPipe[1])
        close(messagePipe[1])
        defer { close(dataPipe[0]); close(messagePipe[0]) }
        guard pid > 0 else { throw systemFailure(layout, "cannot start a process for the layout") }

        let deadline = limits.time.map { ContinuousClock.now + $0 }
        let (data, messages, finished) = readUntilClosed(data: dataPipe[0], messages: messagePipe[0], deadline: deadline)
        if !finished { kill(pid, SIGKILL) }
        let status = reap(pid)
        if !finished, let time = limits.time {
            throw .timeLimitExceeded(engine: layout, limit: time)
        }
        return try outcome(status: status, data: data, messages: messages, layout: layout, format: format, limits: limits)
    }

    /// How the child ended, and what it sent, as a rendering or an error.
    private static func outcome(status: Int32, data: [UInt8], messages: [UInt8], layout: String, format: String,
                                limits: RenderLimits) throws(GraphvizError) -> Rendering {
        let stages = messages.split(separator: 1, maxSplits: 1, omittingEmptySubsequences: false)
        let layoutMessages = ErrorCapture.messages(in: String(decoding: stages.first ?? [], as: UTF8.self))
        let renderMessages = ErrorCapture.messages(in: String(decoding: stages.count > 1 ? stages[1] : [], as: UTF8.self))
        let signal = status & 0x7f, exitCode = (status >> 8) & 0xff
        let allText = String(decoding: messages, as: UTF8.self)
        if signal == 0, exitCode == 0 {
            if let error = layoutMessages.errors.first { throw .layoutFailed(engine: layout, message: error) }
            if let error = renderMessages.errors.first { throw .renderFailed(format: format, message: error) }
            return Rendering(data: Data(data), warnings: layoutMessages.warnings + renderMessages.warnings)
        }
        // Past the memory limit allocations fail: Graphviz says it is out of memory and exits,
        // or a library that does not check dereferences null and the child stops on a signal.
        if let memory = limits.memory, signal != 0 || allText.localizedCaseInsensitiveContains("memory") {
            throw .memoryLimitExceeded(engine: layout, limit: memory)
        }
        switch exitCode {
        case Int32(CG_CHILD_LAYOUT_FAILED) where signal == 0:
            throw .layoutFailed(engine: layout, message: layoutMessages.errors.joined(separator: "; ").nonEmpty ?? "gvLayout failed")
        case Int32(CG_CHILD_RENDER_FAILED) where signal == 0:
            throw .renderFailed(format: format, message: renderMessages.errors.joined(separator: "; ").nonEmpty ?? "gvRenderData failed")
        default:
            // What the child printed while it died (a runtime's crash report) is not Graphviz's message.
            if signal != 0 { throw .crashed(engine: layout, signal: signal) }
            let how = "exited with status \(exitCode)"
            let said = allText.split(whereSeparator: \.isNewline).last.map { ": \($0)" } ?? ""
            throw .layoutFailed(engine: layout, message: "the layout process \(how)\(said)")
        }
    }

    /// Reads both pipes until both close (`true`), or the deadline passes or `poll` fails (`false`).
    private static func readUntilClosed(data: Int32, messages: Int32, deadline: ContinuousClock.Instant?) -> ([UInt8], [UInt8], Bool) {
        var received: [[UInt8]] = [[], []]
        var open = [true, true]
        let descriptors = [data, messages]
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while open.contains(true) {
            var timeout: Int32 = -1
            if let deadline {
                let left = deadline - ContinuousClock.now
                if left <= .zero { return (received[0], received[1], false) }
                let (seconds, attoseconds) = left.components
                timeout = Int32(clamping: seconds * 1_000 + attoseconds / 1_000_000_000_000_000 + 1)
            }
            var polled = descriptors.enumerated().map { index, fd in pollfd(fd: open[index] ? fd : -1, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polled, nfds_t(polled.count), timeout)
            if ready < 0, errno == EINTR { continue }
            // poll itself failing leaves no way to wait for the child: stop it rather than hang.
            if ready < 0 { return (received[0], received[1], false) }
            for index in 0..<2 where open[index] && polled[index].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(descriptors[index], $0.baseAddress, $0.count) }
                if count > 0 {
                    received[index].append(contentsOf: chunk[0..<count])
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    open[index] = false
                }
            }
        }
        return (received[0], received[1], true)
    }

    /// A pipe whose ends other programs started from this process do not inherit.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        return true
    }

    /// Waits for the child to end and returns its `waitpid` status.
    private static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status
    }

    private static func systemFailure(_ layout: String, _ what: String) -> GraphvizError {
        .layoutFailed(engine: layout, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
