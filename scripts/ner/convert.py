"""Re-exports foolnltk's character NER model (TensorFlow 1 graph) as ONNX for onnxruntime-node.

Usage (Python 3.11 virtualenv with tensorflow-cpu==2.15.1 tf2onnx==1.16.1 onnx onnxruntime "numpy<2"
"protobuf<4.21", and the foolnltk 0.1.7 sdist unpacked: `pip download --no-deps foolnltk==0.1.7`):

    python scripts/ner/convert.py path/to/foolnltk-0.1.7 float.onnx

then, in a virtualenv with onnx==1.23.2 onnxruntime==1.32.0 numpy==2.4.6 (TensorFlow 2.15 pins an
older protobuf and numpy than onnxruntime's quantization needs):

    python scripts/ner/quantize.py float.onnx extractor/model/ner.onnx

The first writes float.onnx (inputs char_inputs:0 int32 [batch, chars], lengths:0 int32 [batch];
output project/logits:0 float32 [batch, chars, tags]), which the second makes extractor/model/ner.onnx
of, and extractor/model/ner.json (the characters by id, the tags, the CRF transitions). Dropout is cut out of the graph (the package feeds keep probability
1.0, which makes it the identity), and the ONNX logits are checked against TensorFlow's. It also writes
tests/fixtures/ner/reference.json: the tags foolnltk's own decoding gives invented sentences, which
the Node side must reproduce.
"""
import json
import os
import sys
import zipfile

import numpy as np
import onnx
import onnxruntime
import tensorflow as tf
import tf2onnx

src = sys.argv[1]
onnx_path = sys.argv[2]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
out = os.path.join(root, 'extractor', 'model')
os.makedirs(out, exist_ok=True)

graph_def = tf.compat.v1.GraphDef()
with open(os.path.join(src, 'data', 'ner.pb'), 'rb') as f:
    graph_def.ParseFromString(f.read())

# keep probability 1.0: floor(1 + U[0,1)) = 1, so each dropout is x / 1 * 1 = x.
BYPASS = {'dropout_1/mul': 'char_embedding/embedding_lookup', 'project/hidden/dropout/mul': 'project/hidden/Tanh'}
for node in graph_def.node:
    node.input[:] = [BYPASS.get(i, i) for i in node.input]
graph_def = tf.compat.v1.graph_util.extract_sub_graph(graph_def, ['project/logits'])

transitions = None
full = tf.compat.v1.GraphDef()
with open(os.path.join(src, 'data', 'ner.pb'), 'rb') as f:
    full.ParseFromString(f.read())
for node in full.node:
    if node.name == 'crf_loss/transitions':
        transitions = tf.make_ndarray(node.attr['value'].tensor)
assert transitions is not None

with zipfile.ZipFile(os.path.join(src, 'data', 'map.zip')) as z:
    maps = json.loads(z.open('all_map.json').readline().decode())
char_map = maps['char_map']
tags = [maps['ner_map'][str(i)] for i in range(len(maps['ner_map']))]
chars = [None] * len(char_map)
for ch, i in char_map.items():
    chars[i] = ch
assert transitions.shape == (len(tags) + 1, len(tags) + 1), transitions.shape

# Converted without TensorFlow's graph optimizer: its constant folding hides the LSTM weights behind
# new constants, and tf2onnx then no longer recognizes the cell (it falls back to a slower Scan).
with tf.Graph().as_default() as tf_graph:
    tf.import_graph_def(graph_def, name='')
onnx_graph = tf2onnx.tfonnx.process_tf_graph(
    tf_graph, input_names=['char_inputs:0', 'lengths:0'], output_names=['project/logits:0'], opset=17
)
onnx_graph = tf2onnx.optimizer.optimize_graph(onnx_graph)
model = onnx_graph.make_model('foolnltk 0.1.7 ner.pb')
onnx.checker.check_model(model)
onnx.save(model, onnx_path)
print('ops:', sorted({n.op_type for n in model.graph.node}))

# The same logits from both runtimes, padded batches included.
tf.compat.v1.disable_eager_execution()
original = tf.Graph()
with original.as_default():
    tf.import_graph_def(full, name='p')
sess = tf.compat.v1.Session(graph=original)
ort = onnxruntime.InferenceSession(onnx_path, providers=['CPUExecutionProvider'])
rng = np.random.default_rng(0)
worst = 0.0
for batch, width in [(1, 1), (1, 37), (8, 60), (3, 200)]:
    ids = rng.integers(3, len(chars), size=(batch, width), dtype=np.int32)
    lengths = rng.integers(1, width + 1, size=batch, dtype=np.int32)
    lengths[0] = width
    for b in range(batch):
        ids[b, lengths[b]:] = 0
    want = sess.run('p/project/logits:0', {'p/char_inputs:0': ids, 'p/lengths:0': lengths, 'p/dropout:0': 1.0})
    got = ort.run(['project/logits:0'], {'char_inputs:0': ids, 'lengths:0': lengths})[0]
    for b in range(batch):
        worst = max(worst, float(np.abs(want[b, :lengths[b]] - got[b, :lengths[b]]).max()))
print('largest logit difference, TensorFlow vs ONNX:', worst)
assert worst < 1e-3

with open(os.path.join(out, 'ner.json'), 'w', encoding='utf-8') as f:
    json.dump(
        {'chars': chars, 'tags': tags, 'transitions': [[float(x) for x in row] for row in transitions]},
        f,
        ensure_ascii=False,
        separators=(',', ':'),
    )
print('wrote', onnx_path, os.path.getsize(onnx_path), 'bytes')


def viterbi_decode(score, transition_params):
    """tf.contrib.crf.viterbi_decode (TensorFlow 1), which foolnltk's predictor calls."""
    trellis = np.zeros_like(score)
    backpointers = np.zeros_like(score, dtype=np.int32)
    trellis[0] = score[0]
    for t in range(1, score.shape[0]):
        v = np.expand_dims(trellis[t - 1], 1) + transition_params
        trellis[t] = score[t] + np.max(v, 0)
        backpointers[t] = np.argmax(v, 0)
    viterbi = [np.argmax(trellis[-1])]
    for bp in reversed(backpointers[1:]):
        viterbi.append(bp[viterbi[-1]])
    viterbi.reverse()
    return viterbi


def fool_tags(sentences):
    """foolnltk's Predictor.predict: ids (unknown characters as <OOV>), logits, padded decoding."""
    lengths = [len(s) for s in sentences]
    width = max(lengths)
    ids = np.array([[char_map.get(c, char_map['<OOV>']) for c in s] + [0] * (width - len(s)) for s in sentences], dtype=np.int32)
    logits = sess.run('p/project/logits:0', {'p/char_inputs:0': ids, 'p/lengths:0': np.array(lengths, dtype=np.int32), 'p/dropout:0': 1.0})
    small = -1000.0
    start = np.asarray([[small] * len(tags) + [0]])
    result = []
    for logit, length in zip(logits, lengths):
        score = np.concatenate([logit[:length], small * np.ones([length, 1])], axis=1)
        path = viterbi_decode(np.concatenate([start, score], axis=0), transitions)[1:]
        result.append([tags[int(i)] for i in path])
    return result


# Invented sentences: people, companies, bodies, places, a name outside the BMP, unknown characters.
REFERENCE = [
    '张建国是东方机械厂工会主席，他昨天在上海市浦东新区参加了全国职工技能大赛。',
    '华信科技有限公司总经理李晓梅表示，公司将与南湖区人民政府合作。',
    '记者王𠮷报道',
    '星河电子和蓝天物流的职工代表赵一鸣、孙海燕、周𨚫林出席会议。',
    '区体育局、市交通委联合举办骑行活动，西城区总工会副主席刘芳致辞。',
    '好',
]
fixtures = os.path.join(root, 'tests', 'fixtures', 'ner')
os.makedirs(fixtures, exist_ok=True)
with open(os.path.join(fixtures, 'reference.json'), 'w', encoding='utf-8') as f:
    json.dump([{'text': s, 'tags': t} for s, t in zip(REFERENCE, fool_tags(REFERENCE))], f, ensure_ascii=False, indent=1)
    f.write('\n')
