"""Train the committed spam model on all five videos of benchmarks/data/youtube-spam/ plus the
background non-spam texts of benchmarks/data/nyt-editorials/ (C and threshold chosen by
leave-one-video-out), writing components/data/spam_model.npz."""

import sys

from spam_common import all_rules, load_background, load_videos, select_and_train

from components.enrich.spam_model import MODEL_PATH


def main() -> int:
    data = load_videos()
    model, c = select_and_train(data, all_rules(data), load_background())
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    model.save(MODEL_PATH)
    print(f"wrote {MODEL_PATH} (C {c:g}, threshold {model.threshold}, "
          f"{int((model.coef != 0).sum())} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
