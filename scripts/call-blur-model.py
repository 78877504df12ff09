"""How public/call/selfie_segmenter.tflite was made (run once; the result is committed).

The background blur (LiveKit's track processors, MediaPipe's ImageSegmenter) needs a person
segmentation model with MediaPipe Tasks metadata. The model Google publishes for it is downloaded
from storage.googleapis.com, which Harbor never fetches at run time. The same network ships on npm
in @mediapipe/selfie_segmentation (selfie_segmentation.tflite, Apache-2.0) without that metadata;
MediaPipe's own metadata writer adds it: RGB input scaled to [0, 1], one "person" output.

    python3 -m venv /tmp/mp && /tmp/mp/bin/pip install mediapipe==0.10.14
    npm pack @mediapipe/selfie_segmentation@0.1.1675465747 && tar xzf mediapipe-selfie_segmentation-*.tgz
    /tmp/mp/bin/python scripts/call-blur-model.py package/selfie_segmentation.tflite public/call/selfie_segmenter.tflite
"""
import sys

from mediapipe.tasks.python.metadata.metadata_writers import image_segmenter, metadata_writer

source, target = sys.argv[1], sys.argv[2]
with open(source, "rb") as f:
    model = f.read()
writer = image_segmenter.MetadataWriter.create(
    model, input_norm_mean=[0.0], input_norm_std=[255.0], labels=metadata_writer.Labels().add(["person"])
)
with open(target, "wb") as f:
    f.write(writer.populate()[0])
