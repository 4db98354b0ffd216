"""Rewrites convert.py's float ONNX model for speed: a smaller graph, int8 weights.

Usage (Python 3.11 virtualenv with onnx==1.23.2 onnxruntime==1.32.0 numpy==2.4.6), on the float
model scripts/ner/convert.py writes:

    python scripts/ner/quantize.py float.onnx extractor/model/ner.onnx

The float model from tf2onnx reads the embeddings time-major through a Transpose, builds the
LSTMs' zero start state from Shape/Slice/Concat/Expand at every run and splits, squeezes, concats
and transposes the LSTM output before the projection. The rewrite keeps its weights and does the
same with two Transposes (one on the int32 ids, one on the LSTM output), no start state (the LSTM's
default is zero) and the projection on [batch, chars, 200]; its logits are checked against the
float model's. Then onnxruntime's dynamic quantization stores the LSTM and MatMul weights as int8
(DynamicQuantizeLSTM, DynamicQuantizeMatMul: activations quantized per run), about twice as fast
on one core. Inputs and output keep their names and shapes: char_inputs:0 int32 [batch, chars],
lengths:0 int32 [batch] -> project/logits:0 float32 [batch, chars, tags].
"""
import os
import sys
import tempfile

import numpy as np
import onnx
import onnxruntime
from onnx import TensorProto, helper, numpy_helper
from onnxruntime.quantization import QuantType, quantize_dynamic


def weights(model):
    """The float model's weights, found by the ops that read them."""
    init = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    nodes = {n.name: n for n in model.graph.node}
    (lstm,) = [n for n in model.graph.node if n.op_type == 'LSTM']
    (gather,) = [n for n in model.graph.node if n.op_type == 'Gather' and n.input[0] in init and init[n.input[0]].ndim == 2]
    hidden = nodes['project/hidden/xw_plus_b/MatMul'].input[1]
    hidden_b = nodes['project/hidden/xw_plus_b'].input[1]
    out = nodes['project/output/pred/MatMul'].input[1]
    out_b = nodes['project/output/pred'].input[1]
    attrs = {a.name: helper.get_attribute_value(a) for a in lstm.attribute}
    assert attrs['direction'] == b'bidirectional', attrs
    return {
        'embedding': init[gather.input[0]],
        'W': init[lstm.input[1]],
        'R': init[lstm.input[2]],
        'B': init[lstm.input[3]],
        'hidden_size': attrs['hidden_size'],
        'w_tanh': init[hidden],
        'b_tanh': init[hidden_b],
        'w_out': init[out],
        'b_out': init[out_b],
    }


def rewritten(w):
    h = w['hidden_size']
    tags = w['w_out'].shape[1]
    c = lambda name, array: numpy_helper.from_array(array, name)
    nodes = [
        helper.make_node('Transpose', ['char_inputs:0'], ['ids_by_time'], perm=[1, 0]),
        helper.make_node('Gather', ['embedding', 'ids_by_time'], ['embedded']),
        helper.make_node('LSTM', ['embedded', 'W', 'R', 'B', 'lengths:0'], ['lstm'], direction='bidirectional', hidden_size=h),
        # [chars, 2, batch, h] -> [batch, chars, 2, h] -> [batch, chars, 2h]: forward then backward, as TensorFlow concatenates them.
        helper.make_node('Transpose', ['lstm'], ['lstm_by_batch'], perm=[2, 0, 1, 3]),
        helper.make_node('Reshape', ['lstm_by_batch', 'both'], ['features']),
        helper.make_node('MatMul', ['features', 'w_tanh'], ['hidden_mm']),
        helper.make_node('Add', ['hidden_mm', 'b_tanh'], ['hidden_pre']),
        helper.make_node('Tanh', ['hidden_pre'], ['hidden']),
        helper.make_node('MatMul', ['hidden', 'w_out'], ['logits_mm']),
        helper.make_node('Add', ['logits_mm', 'b_out'], ['project/logits:0']),
    ]
    graph = helper.make_graph(
        nodes,
        'foolnltk 0.1.7 ner.pb',
        [
            helper.make_tensor_value_info('char_inputs:0', TensorProto.INT32, ['batch', 'chars']),
            helper.make_tensor_value_info('lengths:0', TensorProto.INT32, ['batch']),
        ],
        [helper.make_tensor_value_info('project/logits:0', TensorProto.FLOAT, ['batch', 'chars', tags])],
        [
            c('embedding', w['embedding']),
            c('W', w['W']),
            c('R', w['R']),
            c('B', w['B']),
            c('both', np.array([0, 0, 2 * h], dtype=np.int64)),
            c('w_tanh', w['w_tanh']),
            c('b_tanh', w['b_tanh']),
            c('w_out', w['w_out']),
            c('b_out', w['b_out']),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 17)], producer_name='gonghui-kg scripts/ner/quantize.py')
    # The IR version of opset 17, which onnxruntime-node's runtime reads (newer onnx writes a later one).
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def session(path):
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    return onnxruntime.InferenceSession(path, options, providers=['CPUExecutionProvider'])


def batches(vocabulary):
    rng = np.random.default_rng(0)
    for batch, width in [(1, 1), (1, 37), (8, 60), (3, 200), (16, 45)]:
        ids = rng.integers(3, vocabulary, size=(batch, width), dtype=np.int32)
        lengths = rng.integers(1, width + 1, size=batch, dtype=np.int32)
        lengths[0] = width
        for b in range(batch):
            ids[b, lengths[b]:] = 0
        yield ids, lengths


def largest_difference(a_path, b_path, vocabulary):
    a, b = session(a_path), session(b_path)
    worst = 0.0
    for ids, lengths in batches(vocabulary):
        feed = {'char_inputs:0': ids, 'lengths:0': lengths}
        x = a.run(['project/logits:0'], feed)[0]
        y = b.run(['project/logits:0'], feed)[0]
        for row, length in enumerate(lengths):
            worst = max(worst, float(np.abs(x[row, :length] - y[row, :length]).max()))
    return worst


def main(source, target):
    w = weights(onnx.load(source))
    vocabulary = w['embedding'].shape[0]
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, 'plain.onnx')
        onnx.save(rewritten(w), plain)
        worst = largest_difference(source, plain, vocabulary)
        print('largest logit difference, float model vs rewritten:', worst)
        assert worst < 1e-4
        quantize_dynamic(plain, target, op_types_to_quantize=['LSTM', 'MatMul'], per_channel=False, weight_type=QuantType.QInt8)
    print('largest logit difference, float model vs int8:', largest_difference(source, target, vocabulary))
    print('wrote', target, os.path.getsize(target), 'bytes')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
