/// Picks the canonical label a printed one stands for.
struct LabelMatcher {
    struct Candidate {
        var key: String
        var cores: [String]
    }

    let candidates: [Candidate]
    var threshold = 0.8

    /// The best candidate's key, if one is alike enough. A printed label that contains a whole
    /// official one, or is a long enough part of one, counts nearly as well as an exact match.
    func match(_ text: String) -> String? {
        let core = LabelText.core(text)
        guard !core.isEmpty else { return nil }
        var best: (key: String, score: Double, length: Int)?
        for candidate in candidates {
            for official in candidate.cores {
                var score = LabelText.similarity(core, official)
                let shorter = min(core.count, official.count)
                if score < 0.9, shorter >= 4, core.contains(official) || official.contains(core) { score = 0.9 }
                if score >= threshold, best == nil || score > best!.score || (score == best!.score && official.count > best!.length) {
                    best = (candidate.key, score, official.count)
                }
            }
        }
        return best?.key
    }
}
